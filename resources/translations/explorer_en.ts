<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CollectionBrief</name>
        <message numerus="yes">
            <source>%n item(s). Every figure is from the data: %1</source>
            <translation>
                <numerusform>%n item. Every figure is from the data: %1</numerusform>
                <numerusform>%n items. Every figure is from the data: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message numerus="yes">
            <source>%n initiative(s) behind this link:</source>
            <translation>
                <numerusform>%n initiative behind this link:</numerusform>
                <numerusform>%n initiatives behind this link:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountdownOverlay</name>
        <message numerus="yes">
            <source>Starting over in %n second(s).</source>
            <translation>
                <numerusform>Starting over in %n second.</numerusform>
                <numerusform>Starting over in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountryBrief</name>
        <message numerus="yes">
            <source>As provider: %n initiative(s)</source>
            <translation>
                <numerusform>As provider: %n initiative</numerusform>
                <numerusform>As provider: %n initiatives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As recipient: %n initiative(s)</source>
            <translation>
                <numerusform>As recipient: %n initiative</numerusform>
                <numerusform>As recipient: %n initiatives</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountrySections</name>
        <message numerus="yes">
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n initiative</numerusform>
                <numerusform>%n initiatives</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>countries and territories</source>
            <translation>
                <numerusform>countries and territories</numerusform>
                <numerusform>countries and territories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cooperation initiatives</source>
            <translation>
                <numerusform>cooperation initiatives</numerusform>
                <numerusform>cooperation initiatives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>source datasets</source>
            <translation>
                <numerusform>source datasets</numerusform>
                <numerusform>source datasets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InitiativesPage</name>
        <message numerus="yes">
            <source>%Ln initiative(s)</source>
            <translation>
                <numerusform>%Ln initiative</numerusform>
                <numerusform>%Ln initiatives</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeersPage</name>
        <message numerus="yes">
            <source>%n country(ies) could share experience</source>
            <translation>
                <numerusform>%n country could share experience</numerusform>
                <numerusform>%n countries could share experience</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SavedSearchesDialog</name>
        <message numerus="yes">
            <source>%Ln saved search(es)</source>
            <translation>
                <numerusform>%Ln saved search</numerusform>
                <numerusform>%Ln saved searches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message numerus="yes">
            <source>%n initiative(s) found</source>
            <translation>
                <numerusform>%n initiative found</numerusform>
                <numerusform>%n initiatives found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message numerus="yes">
            <source>%n dataset(s)</source>
            <translation>
                <numerusform>%n dataset</numerusform>
                <numerusform>%n datasets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserRecovery</name>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln note</numerusform>
                <numerusform>%Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bookmark(s)</source>
            <translation>
                <numerusform>%Ln bookmark</numerusform>
                <numerusform>%Ln bookmarks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln collection(s)</source>
            <translation>
                <numerusform>%Ln collection</numerusform>
                <numerusform>%Ln collections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved search(es)</source>
            <translation>
                <numerusform>%Ln saved search</numerusform>
                <numerusform>%Ln saved searches</numerusform>
            </translation>
        </message>
    </context>
</TS>