<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Exchange Explorer</source>
        <translation>À propos d’Exchange Explorer</translation>
    </message>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>South-South cooperation, offline: who learns from whom, and what the public data say.</source>
        <translation>La coopération Sud-Sud, hors ligne&#xa0;: qui apprend de qui, et ce que disent les données publiques.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Data built:</source>
        <translation>Données construites le&#xa0;:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>Les données n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Developing countries learning from each other</source>
        <translation>Des pays en développement qui apprennent les uns des autres</translation>
    </message>
    <message>
        <source>Touch to explore</source>
        <translation>Touchez pour explorer</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>Aucune donnée&#xa0;: %1 n’a pas de valeurs dans cette source.</translation>
    </message>
</context>
<context>
    <name>BubbleChart</name>
    <message>
        <source>Size: %1. Colour: %2.</source>
        <translation>Taille&#xa0;: %1. Couleur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No year has both %1 and %2.</source>
        <translation>Aucune année n’a à la fois %1 et %2.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>BubblesPage</name>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontal&#xa0;:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Vertical&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Groupe de revenu</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>Axe horizontal logarithmique</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>Axe vertical logarithmique</translation>
    </message>
    <message>
        <source>Countries over time</source>
        <translation>Les pays au fil du temps</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the chart: %1</source>
        <translation>Impossible de charger le graphique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Source&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show table</source>
        <translation>Afficher le tableau</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Afficher le graphique</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare countries</source>
        <translation>Comparer des pays</translation>
    </message>
    <message>
        <source>base year </source>
        <translation>année de base </translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Exporter les graphiques…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>C’est un bogue&#xa0;; voir le journal.</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>La comparaison n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggesting countries like %1…</source>
        <translation>Recherche de pays semblables à %1…</translation>
    </message>
    <message>
        <source>Pick at least two countries and one indicator.</source>
        <translation>Choisissez au moins deux pays et un indicateur.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CooperationPage</name>
    <message>
        <source>Sector:</source>
        <translation>Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalité&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Over time by modality</source>
        <translation>Évolution par modalité</translation>
    </message>
    <message>
        <source>Over time by sector</source>
        <translation>Évolution par secteur</translation>
    </message>
    <message>
        <source>By region pair</source>
        <translation>Par paire de régions</translation>
    </message>
    <message>
        <source>Initiatives behind the selected link</source>
        <translation>Initiatives derrière le lien sélectionné</translation>
    </message>
    <message>
        <source>Who cooperates with whom</source>
        <translation>Qui coopère avec qui</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load cooperation: %1</source>
        <translation>Impossible de charger la coopération&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) behind this link:</source>
        <translation>
            <numerusform>%n initiative derrière ce lien&#xa0;:</numerusform>
            <numerusform>%n initiatives derrière ce lien&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Retour au début dans %n seconde.</numerusform>
            <numerusform>Retour au début dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Search a name in any language: Brasil, 巴西, البرازيل…</source>
        <translation>Chercher un nom dans n’importe quelle langue&#xa0;: Brasil, 巴西, البرازيل…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>C’est un bogue&#xa0;; voir le journal.</translation>
    </message>
    <message>
        <source>The countries could not be read: %1</source>
        <translation>Les pays n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All income groups</source>
        <translation>Tous les revenus</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Tout groupe</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <source>No country matches these filters.</source>
        <translation>Aucun pays ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>%1 of %2 countries</source>
        <translation>%1 pays sur %2</translation>
    </message>
    <message>
        <source>No such country.</source>
        <translation>Ce pays n’existe pas.</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Latest (year), trend</source>
        <translation>Dernière valeur (année), tendance</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>Rang dans la région</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>Rang dans le groupe de revenu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Country brief · Exchange Explorer</source>
        <translation>Fiche pays · Exchange Explorer</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Share of exports going to developing economies (%)</source>
        <translation>Part des exportations vers les économies en développement (%)</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students</source>
        <translation>Étudiants en mobilité internationale accueillis</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>Sources et licences</translation>
    </message>
    <message>
        <source>Save country brief</source>
        <translation>Enregistrer la fiche pays</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print country brief</source>
        <translation>Imprimer la fiche pays</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year</source>
        <translation>Groupe de revenu de la Banque mondiale par exercice</translation>
    </message>
    <message>
        <source>%1: country brief</source>
        <translation>%1&#xa0;: fiche pays</translation>
    </message>
    <message numerus="yes">
        <source>As provider: %n initiative(s)</source>
        <translation>
            <numerusform>Comme fournisseur&#xa0;: %n initiative</numerusform>
            <numerusform>Comme fournisseur&#xa0;: %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As recipient: %n initiative(s)</source>
        <translation>
            <numerusform>Comme bénéficiaire&#xa0;: %n initiative</numerusform>
            <numerusform>Comme bénéficiaire&#xa0;: %n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sans région</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Membre de&#xa0;: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>La note cite %1 parmi les fournisseurs de coopération technique.</translation>
    </message>
    <message>
        <source>Case in the brief: %1</source>
        <translation>Cas présenté dans la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trade: %1</source>
        <translation>Commerce&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>Étudiants accueillis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its students go to: %1</source>
        <translation>Ses étudiants partent vers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its students come from: %1</source>
        <translation>Ses étudiants viennent de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sectors: %1. Partners: %2.</source>
        <translation>Secteurs&#xa0;: %1. Partenaires&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>%1 des exportations sont allées vers les économies en développement en %2.</translation>
    </message>
    <message>
        <source>Top partners in %1 (exports plus imports, US$ millions): %2</source>
        <translation>Principaux partenaires en %1 (exportations plus importations, millions de dollars US)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>Étudiants en mobilité internationale accueillis&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CountryFormat</name>
    <message>
        <source>Low income</source>
        <translation>Revenu faible</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>Revenu intermédiaire, tranche inférieure</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>Revenu intermédiaire, tranche supérieure</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Revenu élevé</translation>
    </message>
    <message>
        <source>%1 tn</source>
        <translation>%1 billions</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 depuis %3</translation>
    </message>
</context>
<context>
    <name>CountryListModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Groupe de revenu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sans région</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Add a country (any language)…</source>
        <translation>Ajouter un pays (toute langue)…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>CountrySections</name>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Where its students come from (%1):</source>
        <translation>D’où viennent ses étudiants (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>The brief does not list %1 as a provider.</source>
        <translation>La note ne cite pas %1 parmi les fournisseurs.</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sans région</translation>
    </message>
    <message>
        <source>No initiatives recorded in this role.</source>
        <translation>Aucune initiative enregistrée dans ce rôle.</translation>
    </message>
    <message>
        <source>Top partners, %1 (US$ millions, exports / imports):</source>
        <translation>Principaux partenaires, %1 (millions de dollars US, exportations / importations)&#xa0;:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of the brief&apos;s cases involves it.</source>
        <translation>Aucun des cas de la note ne le concerne.</translation>
    </message>
    <message>
        <source>%1 (joined %2)</source>
        <translation>%1 (membre depuis %2)</translation>
    </message>
    <message>
        <source>No trade data: %1</source>
        <translation>Aucune donnée commerciale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>Étudiants accueillis&#xa0;: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>La note cite %1 parmi les fournisseurs de coopération technique.</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>Membre de&#xa0;:</translation>
    </message>
    <message>
        <source>By sector:</source>
        <translation>Par secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>%1 des exportations sont allées vers les économies en développement en %2.</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>Étudiants en mobilité internationale accueillis&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Where its students go (%1):</source>
        <translation>Où vont ses étudiants (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DataVintageLabel</name>
    <message>
        <source>Data built %1</source>
        <translation>Données du %1</translation>
    </message>
    <message>
        <source>Build date unknown</source>
        <translation>Date de construction inconnue</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 pays</translation>
    </message>
    <message>
        <source>%1 initiatives</source>
        <translation>%1 initiatives</translation>
    </message>
    <message>
        <source>%1 datasets</source>
        <translation>%1 jeux de données</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Data unavailable</source>
        <translation>Données indisponibles</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The data file could not be read.</source>
        <translation>Le fichier de données n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The data file is missing. It may not have been installed, or it was moved.</source>
        <translation>Le fichier de données est introuvable. Il n’a peut-être pas été installé, ou il a été déplacé.</translation>
    </message>
    <message>
        <source>The data file is damaged, or it is not an Exchange Explorer database.</source>
        <translation>Le fichier de données est endommagé, ou ce n’est pas une base de données d’Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file was not made by this version of Exchange Explorer.</source>
        <translation>Le fichier de données n’a pas été créé par cette version d’Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file is in use by another program.</source>
        <translation>Le fichier de données est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>You are not allowed to read the data file.</source>
        <translation>Vous n’avez pas le droit de lire le fichier de données.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation>Les données ne peuvent pas être ouvertes</translation>
    </message>
    <message>
        <source>File: %1
Details: %2</source>
        <translation>Fichier&#xa0;: %1
Détails&#xa0;: %2</translation>
    </message>
    <message>
        <source>You can rebuild the data from a folder of sources (for example on a USB stick), or open another copy of the database file.</source>
        <translation>Vous pouvez reconstruire les données à partir d’un dossier de sources (par exemple sur une clé USB), ou ouvrir une autre copie du fichier de base de données.</translation>
    </message>
    <message>
        <source>Rebuild from a sources folder…</source>
        <translation>Reconstruire depuis un dossier de sources…</translation>
    </message>
    <message>
        <source>Choose a database file…</source>
        <translation>Choisir un fichier de base de données…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Choisir un fichier de base de données</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>That file cannot be used: %1 Choose another file, or rebuild.</source>
        <translation>Ce fichier ne peut pas être utilisé&#xa0;: %1 Choisissez un autre fichier, ou reconstruisez.</translation>
    </message>
</context>
<context>
    <name>DatasetDetail</name>
    <message>
        <source>Copy citation</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>Aucun jeu de données sélectionné</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DatasetTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>This search has %1 results; the first %2 will be exported.</source>
        <translation>Cette recherche donne %1 résultats&#xa0;; les %2 premiers seront exportés.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>Exportation des résultats…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>Il n’y a aucun résultat à exporter.</translation>
    </message>
</context>
<context>
    <name>FacetTreeModel</name>
    <message>
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>%1 more…</source>
        <translation>%1 de plus…</translation>
    </message>
    <message>
        <source>Only the %1 most frequent are listed</source>
        <translation>Seuls les %1 plus fréquents sont listés</translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation>Ajouter %1 à la recherche</translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>sauf %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1%2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>HeadlineCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>Ce que disait la note</translation>
    </message>
    <message>
        <source>What our data say</source>
        <translation>Ce que disent nos données</translation>
    </message>
    <message>
        <source>No comparable series in the data.</source>
        <translation>Aucune série comparable dans les données.</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Source&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (citant %2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <source>No data for %1.</source>
        <translation>Aucune donnée pour %1.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>How to search: words, phrases, filters like provider:BRA</source>
        <translation>Comment chercher&#xa0;: mots, expressions, filtres comme provider:BRA</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Aide à la recherche</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>South-South cooperation at a glance</source>
        <translation>La coopération Sud-Sud en un coup d’œil</translation>
    </message>
    <message>
        <source>Developing countries learning from each other: what the founding brief reported, next to what public data say.</source>
        <translation>Des pays en développement qui apprennent les uns des autres&#xa0;: ce que rapportait la note fondatrice, à côté de ce que disent les données publiques.</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>La note et les données</translation>
    </message>
    <message>
        <source>Cases from the brief</source>
        <translation>Cas tirés de la note</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>C’est un bogue&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>Les données n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>This database holds no headline figures.</source>
        <translation>Cette base de données ne contient aucun chiffre clé.</translation>
    </message>
    <message>
        <source>This database holds no cases from the brief.</source>
        <translation>Cette base de données ne contient aucun cas de la note.</translation>
    </message>
    <message numerus="yes">
        <source>countries and territories</source>
        <translation>
            <numerusform>pays ou territoire</numerusform>
            <numerusform>pays et territoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cooperation initiatives</source>
        <translation>
            <numerusform>initiative de coopération</numerusform>
            <numerusform>initiatives de coopération</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source datasets</source>
        <translation>
            <numerusform>jeu de données source</numerusform>
            <numerusform>jeux de données sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted in this database, built %1.</source>
        <translation>Dénombrés dans cette base de données, construite le %1.</translation>
    </message>
    <message>
        <source>Counted in this database (build date unknown).</source>
        <translation>Dénombrés dans cette base de données (date de construction inconnue).</translation>
    </message>
</context>
<context>
    <name>InitiativeDetail</name>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>US$ %1</source>
        <translation>%1 $ US</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPane</name>
    <message>
        <source>Select an initiative to read the whole record.</source>
        <translation>Sélectionnez une initiative pour lire la fiche complète.</translation>
    </message>
    <message>
        <source>Original language: %1 — shown as the source wrote it</source>
        <translation>Langue d’origine&#xa0;: %1 — affiché tel que la source l’a écrit</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Links (copy them to open when online)</source>
        <translation>Liens (copiez-les pour les ouvrir une fois en ligne)</translation>
    </message>
    <message>
        <source>Related initiatives</source>
        <translation>Initiatives apparentées</translation>
    </message>
    <message>
        <source>Looking for related initiatives…</source>
        <translation>Recherche d’initiatives apparentées…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <source>In the source: %1</source>
        <translation>Dans la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1 of dataset “%2”</source>
        <translation>Enregistrement %1 du jeu de données «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>None share its sectors and partners.</source>
        <translation>Aucune ne partage ses secteurs et ses partenaires.</translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Experts sent</source>
        <translation>Envoi d’experts</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Voyage d’étude</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Assistance technique</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructures</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Exécutant</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Sectors and themes</source>
        <translation>Secteurs et thèmes</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>Décennies</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Contient</translation>
    </message>
</context>
<context>
    <name>InitiativeListModel</name>
    <message>
        <source>Could not be read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Sector / theme</source>
        <translation>Secteur / thème</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Rebuild the database (exchange-explorer build-db) to search words again.</source>
        <translation>Reconstruisez la base de données (exchange-explorer build-db) pour pouvoir de nouveau chercher des mots.</translation>
    </message>
    <message>
        <source>No initiative to show.</source>
        <translation>Aucune initiative à afficher.</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>C’est un bogue&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The initiatives could not be read.</source>
        <translation>Les initiatives n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>Cette fiche n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This initiative is no longer in the database.</source>
        <translation>Cette initiative n’est plus dans la base de données.</translation>
    </message>
    <message>
        <source>No initiatives match this search.</source>
        <translation>Aucune initiative ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>too many to rank by relevance; newest records first</source>
        <translation>trop de résultats pour classer par pertinence&#xa0;; fiches les plus récentes d’abord</translation>
    </message>
    <message>
        <source>No initiatives match.</source>
        <translation>Aucune initiative ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or try a word&apos;s beginning with * (agri*). Click ? for how to search.</source>
        <translation>Vérifiez l’orthographe, utilisez moins de mots ou essayez le début d’un mot suivi de * (agri*). Cliquez sur ? pour savoir comment chercher.</translation>
    </message>
    <message>
        <source>best match first</source>
        <translation>meilleure correspondance d’abord</translation>
    </message>
    <message>
        <source>newest records first</source>
        <translation>enregistrements les plus récents d’abord</translation>
    </message>
    <message>
        <source>This database holds no initiatives.</source>
        <translation>Cette base de données ne contient aucune initiative.</translation>
    </message>
    <message>
        <source>Build the database from the public sources (exchange-explorer build-db).</source>
        <translation>Construisez la base de données à partir des sources publiques (exchange-explorer build-db).</translation>
    </message>
    <message>
        <source>%1–%2 of %3 shown</source>
        <translation>%1–%2 sur %3 affichées</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Try removing a filter (click its ✕ above): %1.</source>
        <translation>Essayez de retirer un filtre (cliquez sur son ✕ ci-dessus)&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>KeyIndicatorModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Latest (year)</source>
        <translation>Dernière valeur (année)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>Rang dans la région</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>Rang dans le groupe de revenu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Among countries of %1 with a value in %2</source>
        <translation>Parmi les pays de la région %1 ayant une valeur en %2</translation>
    </message>
    <message>
        <source>Among %1 countries with a value in %2</source>
        <translation>Parmi les pays du groupe «&#xa0;%1&#xa0;» ayant une valeur en %2</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Stories</source>
        <translation>Récits</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a minute.</source>
        <translation>Trop de tentatives. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>Aucune donnée&#xa0;: %1 n’a pas de valeurs dans cette source.</translation>
    </message>
    <message>
        <source>Stars: published figures; source: %1.</source>
        <translation>Étoiles&#xa0;: chiffres publiés&#xa0;; source&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
    <message>
        <source>Database problem: %1</source>
        <translation>Problème de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Une erreur s’est produite&#xa0;; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>MapChart</name>
    <message>
        <source>No data: no country has a value for %1.</source>
        <translation>Aucune donnée&#xa0;: aucun pays n’a de valeur pour %1.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (échelle logarithmique)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Measure shown on the map</source>
        <translation>Mesure affichée sur la carte</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the map: %1</source>
        <translation>Impossible de charger la carte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Share of developing economies&apos; exports that go to developing economies</source>
        <translation>Part des exportations des économies en développement destinée aux économies en développement</translation>
    </message>
    <message>
        <source>Exports among developing economies, as a share of world exports</source>
        <translation>Exportations entre économies en développement, en part des exportations mondiales</translation>
    </message>
    <message>
        <source>Average yearly growth of exports among developing economies, over 5 years</source>
        <translation>Croissance annuelle moyenne des exportations entre économies en développement, sur 5 ans</translation>
    </message>
    <message>
        <source>China&apos;s R&amp;D spending as a percentage of Japan&apos;s, at purchasing power parity</source>
        <translation>Dépenses de R-D de la Chine en pourcentage de celles du Japon, à parité de pouvoir d’achat</translation>
    </message>
    <message>
        <source>African countries whose real GDP grew more than 5% in the year</source>
        <translation>Pays africains dont le PIB réel a progressé de plus de 5 % dans l’année</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Some pages show the new language after a restart.</source>
        <translation>Certaines pages n’afficheront la nouvelle langue qu’après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>Sources des &amp;données</translation>
    </message>
    <message>
        <source>&amp;About Exchange Explorer</source>
        <translation>À &amp;propos d’Exchange Explorer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NetworkChart</name>
    <message>
        <source>No initiatives with a known provider and recipient match these filters.</source>
        <translation>Aucune initiative avec un fournisseur et un bénéficiaire connus ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>provides more than it receives</source>
        <translation>fournit plus qu’il ne reçoit</translation>
    </message>
    <message>
        <source>receives more (or as much)</source>
        <translation>reçoit plus (ou autant)</translation>
    </message>
    <message>
        <source>Countries (size: initiatives)</source>
        <translation>Pays (taille&#xa0;: initiatives)</translation>
    </message>
    <message>
        <source>%1: provided %2, received %3 initiatives</source>
        <translation>%1&#xa0;: %2 initiatives fournies, %3 reçues</translation>
    </message>
    <message>
        <source>%1 → %2: %3 initiatives</source>
        <translation>%1 → %2&#xa0;: %3 initiatives</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>Bulles</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
</context>
<context>
    <name>PeerModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Peers and teachers</source>
        <translation>Pairs et mentors</translation>
    </message>
    <message>
        <source>A sector: health, agriculture, 120…</source>
        <translation>Un secteur&#xa0;: santé, agriculture, 120…</translation>
    </message>
    <message>
        <source>Who could it learn from?</source>
        <translation>De qui pourrait-il apprendre&#xa0;?</translation>
    </message>
    <message>
        <source>Double-click an initiative to open it</source>
        <translation>Double-cliquez sur une initiative pour l’ouvrir</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>C’est un bogue&#xa0;; voir le journal.</translation>
    </message>
    <message>
        <source>Peers could not be found: %1</source>
        <translation>Les pairs n’ont pas pu être trouvés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who could it learn from? Type a sector and ask.</source>
        <translation>De qui pourrait-il apprendre&#xa0;? Saisissez un secteur et lancez la recherche.</translation>
    </message>
    <message>
        <source>Choose at least one indicator to compare on.</source>
        <translation>Choisissez au moins un indicateur de comparaison.</translation>
    </message>
    <message>
        <source>Countries like %1</source>
        <translation>Pays semblables à %1</translation>
    </message>
    <message>
        <source>Who %1 could learn from about %2</source>
        <translation>De qui %1 pourrait apprendre en matière de %2</translation>
    </message>
    <message>
        <source>Looking for teachers…</source>
        <translation>Recherche de mentors…</translation>
    </message>
    <message>
        <source>Latest values of %1. %2</source>
        <translation>Dernières valeurs de la période %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) could share experience</source>
        <translation>
            <numerusform>%n pays pourrait partager son expérience</numerusform>
            <numerusform>%n pays pourraient partager leur expérience</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider found for that sector.</source>
        <translation>Aucun fournisseur trouvé pour ce secteur.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Administrator PIN</source>
        <translation>Code PIN administrateur</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>← All countries</source>
        <translation>← Tous les pays</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Save brief as PDF…</source>
        <translation>Enregistrer la fiche en PDF…</translation>
    </message>
    <message>
        <source>Compare with peers</source>
        <translation>Comparer avec les pairs</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year, FY89 to today</source>
        <translation>Groupe de revenu de la Banque mondiale par exercice, de FY89 à aujourd’hui</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>No data: the World Development Indicators have no figures for it.</source>
        <translation>Aucune donnée&#xa0;: les World Development Indicators n’ont pas de chiffres pour ce pays.</translation>
    </message>
    <message>
        <source>Cooperation as provider</source>
        <translation>Coopération comme fournisseur</translation>
    </message>
    <message>
        <source>Cooperation as recipient</source>
        <translation>Coopération comme bénéficiaire</translation>
    </message>
    <message>
        <source>Trade with developing economies</source>
        <translation>Commerce avec les économies en développement</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>In the brief</source>
        <translation>Dans la note</translation>
    </message>
</context>
<context>
    <name>QueryHelpPopup</name>
    <message>
        <source>How to search</source>
        <translation>Comment chercher</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Update the data</source>
        <translation>Mettre à jour les données</translation>
    </message>
    <message>
        <source>Updating the data</source>
        <translation>Mise à jour des données</translation>
    </message>
    <message>
        <source>From: %1
Into: %2</source>
        <translation>Depuis&#xa0;: %1
Vers&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Temps écoulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 countries · %2 initiatives · %3 datasets</source>
        <translation>%1 pays · %2 initiatives · %3 jeux de données</translation>
    </message>
    <message>
        <source>The data are updated.</source>
        <translation>Les données sont à jour.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>The update failed — your previous data is unchanged.</source>
        <translation>La mise à jour a échoué — vos données précédentes sont inchangées.</translation>
    </message>
    <message>
        <source>Cancelled — your previous data is unchanged.</source>
        <translation>Annulé — vos données précédentes sont inchangées.</translation>
    </message>
    <message>
        <source>Choose the folder with the data sources</source>
        <translation>Choisissez le dossier des sources de données</translation>
    </message>
    <message>
        <source>&amp;Update Data from a Folder…</source>
        <translation>&amp;Mettre à jour les données depuis un dossier…</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Une erreur s’est produite&#xa0;; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>(every initiative)</source>
        <translation>(toutes les initiatives)</translation>
    </message>
    <message>
        <source>Name, e.g. Microfinance in South-East Asia</source>
        <translation>Nom, p. ex. Microfinance en Asie du Sud-Est</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved search(es)</source>
        <translation>
            <numerusform>%Ln recherche enregistrée</numerusform>
            <numerusform>%Ln recherches enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches could not be read or written: %1</source>
        <translation>Les recherches enregistrées n’ont pas pu être lues ou écrites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Best match</source>
        <translation>Meilleure correspondance</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d’abord</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titre A–Z</translation>
    </message>
    <message>
        <source>Search initiatives: microfinance recipient:PHL, provider:Brazil health…</source>
        <translation>Chercher des initiatives&#xa0;: microfinance recipient:PHL, provider:Brazil health…</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Ordre des résultats</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Recherches enregistrées…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Who learned from Brazil?</source>
        <translation>Qui a appris du Brésil&#xa0;?</translation>
    </message>
    <message>
        <source>Who trains engineers?</source>
        <translation>Qui forme des ingénieurs&#xa0;?</translation>
    </message>
    <message>
        <source>What did Japan support?</source>
        <translation>Qu’a soutenu le Japon&#xa0;?</translation>
    </message>
    <message>
        <source>Microfinance</source>
        <translation>Microfinance</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 a aidé %2</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) found</source>
        <translation>
            <numerusform>%n initiative trouvée</numerusform>
            <numerusform>%n initiatives trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a country, a topic or a word…</source>
        <translation>Tapez un pays, un thème ou un mot…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Retour aux résultats</translation>
    </message>
    <message>
        <source>Try a question</source>
        <translation>Essayez une question</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <source>linear: zero or negative values</source>
        <translation>linéaire&#xa0;: valeurs nulles ou négatives</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>aucune donnée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <source>Every figure in Exchange Explorer comes from one of these public datasets. Select one to read its citation, licence and caveats.</source>
        <translation>Chaque chiffre d’Exchange Explorer provient de l’un de ces jeux de données publics. Sélectionnez-en un pour lire sa citation, sa licence et ses mises en garde.</translation>
    </message>
    <message>
        <source>Filter by name, publisher, licence…</source>
        <translation>Filtrer par nom, éditeur, licence…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>C’est un bogue&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The data sources could not be read: %1</source>
        <translation>Les sources des données n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: this database lists no datasets.</source>
        <translation>Aucune donnée&#xa0;: cette base ne répertorie aucun jeu de données.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>No initiatives match: %1</source>
        <translation>Aucune initiative ne correspond&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>no initiatives</source>
        <translation>aucune initiative</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>  ·  swipe to see more</source>
        <translation>  ·  balayez pour en voir plus</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>No stories in this database yet.</source>
        <translation>Cette base de données ne contient pas encore de récits.</translation>
    </message>
    <message>
        <source>A case of South-South learning</source>
        <translation>Un exemple d’apprentissage Sud-Sud</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 a aidé %2</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>Ce que disait la note</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (citant %2)</translation>
    </message>
    <message>
        <source>What the IMF and World Bank data say: %1 in %2</source>
        <translation>Ce que disent les données du FMI et de la Banque mondiale&#xa0;: %1 en %2</translation>
    </message>
    <message>
        <source>Our data hold no comparable figure.</source>
        <translation>Nos données ne contiennent aucun chiffre comparable.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Source&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Help from %1</source>
        <translation>Aide de %1</translation>
    </message>
    <message>
        <source>Help for %1</source>
        <translation>Aide pour %1</translation>
    </message>
</context>
<context>
    <name>TeacherModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Country or group code</source>
        <translation>Code de pays ou de groupe</translation>
    </message>
    <message>
        <source>BRA, G77, ASEAN, AU, SSF…</source>
        <translation>BRA, G77, ASEAN, AU, SSF…</translation>
    </message>
    <message>
        <source>Partner country code</source>
        <translation>Code du pays partenaire</translation>
    </message>
    <message>
        <source>Year of the partner and region charts</source>
        <translation>Année des graphiques par partenaire et par région</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Country or group:</source>
        <translation>Pays ou groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>South-South share</source>
        <translation>Part Sud-Sud</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>La note et les données</translation>
    </message>
    <message>
        <source>Top partners</source>
        <translation>Principaux partenaires</translation>
    </message>
    <message>
        <source>Pair (both reports)</source>
        <translation>Paire (les deux déclarations)</translation>
    </message>
    <message>
        <source>Between regions</source>
        <translation>Entre régions</translation>
    </message>
    <message>
        <source>Trade between developing economies</source>
        <translation>Commerce entre économies en développement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load trade: %1</source>
        <translation>Impossible de charger le commerce&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>YearPlayer</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation>Parcourir les années</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>no years</source>
        <translation>aucune année</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
</TS>
