<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Exchange Explorer</source>
        <translation>Sobre o Exchange Explorer</translation>
    </message>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>South-South cooperation, offline: who learns from whom, and what the public data say.</source>
        <translation>A cooperação Sul-Sul, offline: quem aprende com quem e o que dizem os dados públicos.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Data built:</source>
        <translation>Dados gerados em:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de dados</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>Não foi possível ler os dados: %1</translation>
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
        <translation>Países em desenvolvimento aprendendo uns com os outros</translation>
    </message>
    <message>
        <source>Touch to explore</source>
        <translation>Toque para explorar</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>Sem dados: %1 não tem valores nesta fonte.</translation>
    </message>
</context>
<context>
    <name>BubbleChart</name>
    <message>
        <source>Size: %1. Colour: %2.</source>
        <translation>Tamanho: %1. Cor: %2.</translation>
    </message>
    <message>
        <source>No year has both %1 and %2.</source>
        <translation>Nenhum ano tem ao mesmo tempo %1 e %2.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
</context>
<context>
    <name>BubblesPage</name>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Vertical:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Cor:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Grupo de renda</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>Eixo horizontal logarítmico</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>Eixo vertical logarítmico</translation>
    </message>
    <message>
        <source>Countries over time</source>
        <translation>Os países ao longo do tempo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not load the chart: %1</source>
        <translation>Não foi possível carregar o gráfico: %1</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
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
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Fonte: %1, %2</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show table</source>
        <translation>Mostrar tabela</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Mostrar gráfico</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg);;Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare countries</source>
        <translation>Comparar países</translation>
    </message>
    <message>
        <source>base year </source>
        <translation>ano-base </translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exportar tabela…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Exportar gráficos…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>É um erro do programa; consulte o registro.</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>Não foi possível fazer a comparação: %1</translation>
    </message>
    <message>
        <source>Suggesting countries like %1…</source>
        <translation>Buscando países semelhantes a %1…</translation>
    </message>
    <message>
        <source>Pick at least two countries and one indicator.</source>
        <translation>Escolha pelo menos dois países e um indicador.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabela</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
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
        <translation>Setor:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalidade:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Over time by modality</source>
        <translation>Evolução por modalidade</translation>
    </message>
    <message>
        <source>Over time by sector</source>
        <translation>Evolução por setor</translation>
    </message>
    <message>
        <source>By region pair</source>
        <translation>Por par de regiões</translation>
    </message>
    <message>
        <source>Initiatives behind the selected link</source>
        <translation>Iniciativas por trás do vínculo selecionado</translation>
    </message>
    <message>
        <source>Who cooperates with whom</source>
        <translation>Quem coopera com quem</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not load cooperation: %1</source>
        <translation>Não foi possível carregar a cooperação: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) behind this link:</source>
        <translation>
            <numerusform>%n iniciativa por trás deste vínculo:</numerusform>
            <numerusform>%n iniciativas por trás deste vínculo:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Recomeçando em %n segundo.</numerusform>
            <numerusform>Recomeçando em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Você ainda está aí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Search a name in any language: Brasil, 巴西, البرازيل…</source>
        <translation>Busque um nome em qualquer idioma: Brasil, 巴西, البرازيل…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>É um erro do programa; consulte o registro.</translation>
    </message>
    <message>
        <source>The countries could not be read: %1</source>
        <translation>Não foi possível ler os países: %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas as regiões</translation>
    </message>
    <message>
        <source>All income groups</source>
        <translation>Todas as rendas</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Qualquer grupo</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Ordenar por nome</translation>
    </message>
    <message>
        <source>No country matches these filters.</source>
        <translation>Nenhum país corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>%1 of %2 countries</source>
        <translation>%1 de %2 países</translation>
    </message>
    <message>
        <source>No such country.</source>
        <translation>Esse país não existe.</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Latest (year), trend</source>
        <translation>Último valor (ano), tendência</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolução</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>Posição na região</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>Posição no grupo de renda</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Country brief · Exchange Explorer</source>
        <translation>Ficha do país · Exchange Explorer</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicadores principais</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Comércio</translation>
    </message>
    <message>
        <source>Share of exports going to developing economies (%)</source>
        <translation>Parcela das exportações para economias em desenvolvimento (%)</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperação</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudantes</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students</source>
        <translation>Estudantes internacionais recebidos</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>Fontes e licenças</translation>
    </message>
    <message>
        <source>Save country brief</source>
        <translation>Salvar a ficha do país</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print country brief</source>
        <translation>Imprimir a ficha do país</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year</source>
        <translation>Grupo de renda do Banco Mundial por ano fiscal</translation>
    </message>
    <message>
        <source>%1: country brief</source>
        <translation>%1: ficha do país</translation>
    </message>
    <message numerus="yes">
        <source>As provider: %n initiative(s)</source>
        <translation>
            <numerusform>Como provedor: %n iniciativa</numerusform>
            <numerusform>Como provedor: %n iniciativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As recipient: %n initiative(s)</source>
        <translation>
            <numerusform>Como receptor: %n iniciativa</numerusform>
            <numerusform>Como receptor: %n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sem região</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Membro de: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>O documento cita %1 entre os provedores de cooperação técnica.</translation>
    </message>
    <message>
        <source>Case in the brief: %1</source>
        <translation>Caso do documento: %1</translation>
    </message>
    <message>
        <source>Trade: %1</source>
        <translation>Comércio: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>Estudantes recebidos: %1</translation>
    </message>
    <message>
        <source>Its students go to: %1</source>
        <translation>Seus estudantes vão para: %1</translation>
    </message>
    <message>
        <source>Its students come from: %1</source>
        <translation>Seus estudantes vêm de: %1</translation>
    </message>
    <message>
        <source>Sectors: %1. Partners: %2.</source>
        <translation>Setores: %1. Parceiros: %2.</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>%1 das exportações foram para economias em desenvolvimento em %2.</translation>
    </message>
    <message>
        <source>Top partners in %1 (exports plus imports, US$ millions): %2</source>
        <translation>Principais parceiros em %1 (exportações mais importações, US$ milhões): %2</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>Estudantes internacionais recebidos: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CountryFormat</name>
    <message>
        <source>Low income</source>
        <translation>Renda baixa</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>Renda média-baixa</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>Renda média-alta</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Renda alta</translation>
    </message>
    <message>
        <source>%1 tn</source>
        <translation>%1 tri</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 bi</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 mi</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>não classificado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 desde %3</translation>
    </message>
</context>
<context>
    <name>CountryListModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Grupo de renda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sem região</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Add a country (any language)…</source>
        <translation>Adicionar um país (qualquer idioma)…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
</context>
<context>
    <name>CountrySections</name>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russo</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Where its students come from (%1):</source>
        <translation>De onde vêm seus estudantes (%1):</translation>
    </message>
    <message>
        <source>The brief does not list %1 as a provider.</source>
        <translation>O documento não cita %1 como provedor.</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sem região</translation>
    </message>
    <message>
        <source>No initiatives recorded in this role.</source>
        <translation>Nenhuma iniciativa registrada neste papel.</translation>
    </message>
    <message>
        <source>Top partners, %1 (US$ millions, exports / imports):</source>
        <translation>Principais parceiros, %1 (US$ milhões, exportações / importações):</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>None of the brief&apos;s cases involves it.</source>
        <translation>Nenhum dos casos do documento o envolve.</translation>
    </message>
    <message>
        <source>%1 (joined %2)</source>
        <translation>%1 (membro desde %2)</translation>
    </message>
    <message>
        <source>No trade data: %1</source>
        <translation>Sem dados de comércio: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>Estudantes recebidos: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>O documento cita %1 entre os provedores de cooperação técnica.</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>Membro de:</translation>
    </message>
    <message>
        <source>By sector:</source>
        <translation>Por setor:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Parceiros:</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>%1 das exportações foram para economias em desenvolvimento em %2.</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>Estudantes internacionais recebidos: %1 (%2)</translation>
    </message>
    <message>
        <source>Where its students go (%1):</source>
        <translation>Para onde vão seus estudantes (%1):</translation>
    </message>
</context>
<context>
    <name>DataVintageLabel</name>
    <message>
        <source>Data built %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <source>Build date unknown</source>
        <translation>Data de geração desconhecida</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 países</translation>
    </message>
    <message>
        <source>%1 initiatives</source>
        <translation>%1 iniciativas</translation>
    </message>
    <message>
        <source>%1 datasets</source>
        <translation>%1 conjuntos de dados</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Data unavailable</source>
        <translation>Dados indisponíveis</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The data file could not be read.</source>
        <translation>Não foi possível ler o arquivo de dados.</translation>
    </message>
    <message>
        <source>The data file is missing. It may not have been installed, or it was moved.</source>
        <translation>O arquivo de dados não foi encontrado. Talvez não tenha sido instalado ou tenha sido movido.</translation>
    </message>
    <message>
        <source>The data file is damaged, or it is not an Exchange Explorer database.</source>
        <translation>O arquivo de dados está danificado ou não é um banco de dados do Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file was not made by this version of Exchange Explorer.</source>
        <translation>O arquivo de dados não foi criado por esta versão do Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file is in use by another program.</source>
        <translation>O arquivo de dados está sendo usado por outro programa.</translation>
    </message>
    <message>
        <source>You are not allowed to read the data file.</source>
        <translation>Você não tem permissão para ler o arquivo de dados.</translation>
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
        <translation>Não é possível abrir os dados</translation>
    </message>
    <message>
        <source>File: %1
Details: %2</source>
        <translation>Arquivo: %1
Detalhes: %2</translation>
    </message>
    <message>
        <source>You can rebuild the data from a folder of sources (for example on a USB stick), or open another copy of the database file.</source>
        <translation>Você pode gerar os dados de novo a partir de uma pasta de fontes (por exemplo, num pen drive) ou abrir outra cópia do arquivo do banco de dados.</translation>
    </message>
    <message>
        <source>Rebuild from a sources folder…</source>
        <translation>Gerar de novo a partir de uma pasta de fontes…</translation>
    </message>
    <message>
        <source>Choose a database file…</source>
        <translation>Escolher um arquivo de banco de dados…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Escolher um arquivo de banco de dados</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>That file cannot be used: %1 Choose another file, or rebuild.</source>
        <translation>Esse arquivo não pode ser usado: %1 Escolha outro arquivo ou gere os dados de novo.</translation>
    </message>
</context>
<context>
    <name>DatasetDetail</name>
    <message>
        <source>Copy citation</source>
        <translation>Copiar a citação</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Linhas importadas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>Nenhum conjunto de dados selecionado</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>This search has %1 results; the first %2 will be exported.</source>
        <translation>Esta busca tem %1 resultados; os %2 primeiros serão exportados.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar os resultados</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>Exportando os resultados…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>Não há resultados para exportar.</translation>
    </message>
</context>
<context>
    <name>FacetTreeModel</name>
    <message>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>%1 more…</source>
        <translation>mais %1…</translation>
    </message>
    <message>
        <source>Only the %1 most frequent are listed</source>
        <translation>Somente os %1 mais frequentes são listados</translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation>Adicionar %1 à busca</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>exceto %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Remover o filtro %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>HeadlineCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>O que o documento disse</translation>
    </message>
    <message>
        <source>What our data say</source>
        <translation>O que dizem nossos dados</translation>
    </message>
    <message>
        <source>No comparable series in the data.</source>
        <translation>Não há séries comparáveis nos dados.</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Fonte: %1, %2</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (citando %2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <source>No data for %1.</source>
        <translation>Sem dados para %1.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
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
        <translation>Como buscar: palavras, frases, filtros como provider:BRA</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Ajuda da busca</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>South-South cooperation at a glance</source>
        <translation>A cooperação Sul-Sul em resumo</translation>
    </message>
    <message>
        <source>Developing countries learning from each other: what the founding brief reported, next to what public data say.</source>
        <translation>Países em desenvolvimento aprendendo uns com os outros: o que o documento fundador relatou, ao lado do que dizem os dados públicos.</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>O documento e os dados</translation>
    </message>
    <message>
        <source>Cases from the brief</source>
        <translation>Casos do documento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>É um erro do programa; os detalhes estão no registro.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>Não foi possível ler os dados.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>This database holds no headline figures.</source>
        <translation>Este banco de dados não contém números de destaque.</translation>
    </message>
    <message>
        <source>This database holds no cases from the brief.</source>
        <translation>Este banco de dados não contém casos do documento.</translation>
    </message>
    <message numerus="yes">
        <source>countries and territories</source>
        <translation>
            <numerusform>país ou território</numerusform>
            <numerusform>países e territórios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cooperation initiatives</source>
        <translation>
            <numerusform>iniciativa de cooperação</numerusform>
            <numerusform>iniciativas de cooperação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source datasets</source>
        <translation>
            <numerusform>conjunto de dados de origem</numerusform>
            <numerusform>conjuntos de dados de origem</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted in this database, built %1.</source>
        <translation>Contados neste banco de dados, gerado em %1.</translation>
    </message>
    <message>
        <source>Counted in this database (build date unknown).</source>
        <translation>Contados neste banco de dados (data de geração desconhecida).</translation>
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
        <translation>US$ %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPane</name>
    <message>
        <source>Select an initiative to read the whole record.</source>
        <translation>Selecione uma iniciativa para ler o registro completo.</translation>
    </message>
    <message>
        <source>Original language: %1 — shown as the source wrote it</source>
        <translation>Idioma original: %1 — exibido como a fonte o escreveu</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Links (copy them to open when online)</source>
        <translation>Links (copie-os para abrir quando estiver on-line)</translation>
    </message>
    <message>
        <source>Related initiatives</source>
        <translation>Iniciativas relacionadas</translation>
    </message>
    <message>
        <source>Looking for related initiatives…</source>
        <translation>Buscando iniciativas relacionadas…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Receptores</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Setores</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copiar a citação</translation>
    </message>
    <message>
        <source>In the source: %1</source>
        <translation>Na fonte: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licença: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Endereço: %1</translation>
    </message>
    <message>
        <source>Record %1 of dataset “%2”</source>
        <translation>Registro %1 do conjunto de dados “%2”</translation>
    </message>
    <message>
        <source>None share its sectors and partners.</source>
        <translation>Nenhuma compartilha seus setores e parceiros.</translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Training</source>
        <translation>Capacitação</translation>
    </message>
    <message>
        <source>Experts sent</source>
        <translation>Envio de especialistas</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita de estudo</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Assistência técnica</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercâmbio</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestrutura</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Em espécie</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Não especificado</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Receptores</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Sectors and themes</source>
        <translation>Setores e temas</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>Décadas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Renda</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Anos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Contém</translation>
    </message>
</context>
<context>
    <name>InitiativeListModel</name>
    <message>
        <source>Could not be read</source>
        <translation>Não foi possível ler</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Receptores</translation>
    </message>
    <message>
        <source>Sector / theme</source>
        <translation>Setor / tema</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Anos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Rebuild the database (exchange-explorer build-db) to search words again.</source>
        <translation>Gere novamente o banco de dados (exchange-explorer build-db) para voltar a buscar palavras.</translation>
    </message>
    <message>
        <source>No initiative to show.</source>
        <translation>Nenhuma iniciativa para mostrar.</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>É um erro do programa; os detalhes estão no registro.</translation>
    </message>
    <message>
        <source>The initiatives could not be read.</source>
        <translation>Não foi possível ler as iniciativas.</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>Não foi possível ler este registro: %1</translation>
    </message>
    <message>
        <source>This initiative is no longer in the database.</source>
        <translation>Esta iniciativa não está mais no banco de dados.</translation>
    </message>
    <message>
        <source>No initiatives match this search.</source>
        <translation>Nenhuma iniciativa corresponde a esta busca.</translation>
    </message>
    <message>
        <source>too many to rank by relevance; newest records first</source>
        <translation>resultados demais para ordenar por relevância; registros mais recentes primeiro</translation>
    </message>
    <message>
        <source>No initiatives match.</source>
        <translation>Nenhuma iniciativa corresponde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln iniciativa</numerusform>
            <numerusform>%Ln iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or try a word&apos;s beginning with * (agri*). Click ? for how to search.</source>
        <translation>Verifique a ortografia, use menos palavras ou tente o início de uma palavra com * (agri*). Clique em ? para saber como buscar.</translation>
    </message>
    <message>
        <source>best match first</source>
        <translation>melhor correspondência primeiro</translation>
    </message>
    <message>
        <source>newest records first</source>
        <translation>registros mais recentes primeiro</translation>
    </message>
    <message>
        <source>This database holds no initiatives.</source>
        <translation>Este banco de dados não contém iniciativas.</translation>
    </message>
    <message>
        <source>Build the database from the public sources (exchange-explorer build-db).</source>
        <translation>Gere o banco de dados a partir das fontes públicas (exchange-explorer build-db).</translation>
    </message>
    <message>
        <source>%1–%2 of %3 shown</source>
        <translation>Exibindo %1–%2 de %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Try removing a filter (click its ✕ above): %1.</source>
        <translation>Tente remover um filtro (clique no ✕ dele acima): %1.</translation>
    </message>
</context>
<context>
    <name>KeyIndicatorModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Latest (year)</source>
        <translation>Último valor (ano)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolução</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>Posição na região</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>Posição no grupo de renda</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Among countries of %1 with a value in %2</source>
        <translation>Entre os países de %1 com valor em %2</translation>
    </message>
    <message>
        <source>Among %1 countries with a value in %2</source>
        <translation>Entre os países do grupo “%1” com valor em %2</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Stories</source>
        <translation>Histórias</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a minute.</source>
        <translation>Tentativas demais. Tente de novo em um minuto.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorreto.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>Sem dados: %1 não tem valores nesta fonte.</translation>
    </message>
    <message>
        <source>Stars: published figures; source: %1.</source>
        <translation>Estrelas: números publicados; fonte: %1.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
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
        <translation>Problema no banco de dados: %1</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo deu errado; os detalhes estão no registro.</translation>
    </message>
</context>
<context>
    <name>MapChart</name>
    <message>
        <source>No data: no country has a value for %1.</source>
        <translation>Sem dados: nenhum país tem valor para %1.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (escala logarítmica)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Measure shown on the map</source>
        <translation>Medida exibida no mapa</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Medida:</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Mapa-múndi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not load the map: %1</source>
        <translation>Não foi possível carregar o mapa: %1</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Share of developing economies&apos; exports that go to developing economies</source>
        <translation>Parcela das exportações das economias em desenvolvimento destinada a economias em desenvolvimento</translation>
    </message>
    <message>
        <source>Exports among developing economies, as a share of world exports</source>
        <translation>Exportações entre economias em desenvolvimento, como parcela das exportações mundiais</translation>
    </message>
    <message>
        <source>Average yearly growth of exports among developing economies, over 5 years</source>
        <translation>Crescimento anual médio das exportações entre economias em desenvolvimento, em 5 anos</translation>
    </message>
    <message>
        <source>China&apos;s R&amp;D spending as a percentage of Japan&apos;s, at purchasing power parity</source>
        <translation>Gasto em P&amp;D da China como percentual do do Japão, em paridade de poder de compra</translation>
    </message>
    <message>
        <source>African countries whose real GDP grew more than 5% in the year</source>
        <translation>Países africanos cujo PIB real cresceu mais de 5% no ano</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Some pages show the new language after a restart.</source>
        <translation>Algumas páginas mostrarão o novo idioma após reiniciar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>&amp;Fontes de dados</translation>
    </message>
    <message>
        <source>&amp;About Exchange Explorer</source>
        <translation>&amp;Sobre o Exchange Explorer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Voltar (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Avançar (Alt+Direita)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
</context>
<context>
    <name>NetworkChart</name>
    <message>
        <source>No initiatives with a known provider and recipient match these filters.</source>
        <translation>Nenhuma iniciativa com provedor e receptor conhecidos corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>provides more than it receives</source>
        <translation>fornece mais do que recebe</translation>
    </message>
    <message>
        <source>receives more (or as much)</source>
        <translation>recebe mais (ou o mesmo)</translation>
    </message>
    <message>
        <source>Countries (size: initiatives)</source>
        <translation>Países (tamanho: iniciativas)</translation>
    </message>
    <message>
        <source>%1: provided %2, received %3 initiatives</source>
        <translation>%1: %2 iniciativas fornecidas, %3 recebidas</translation>
    </message>
    <message>
        <source>%1 → %2: %3 initiatives</source>
        <translation>%1 → %2: %3 iniciativas</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Comércio</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperação</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>Bolhas</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
</context>
<context>
    <name>PeerModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximidade</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Peers and teachers</source>
        <translation>Pares e mentores</translation>
    </message>
    <message>
        <source>A sector: health, agriculture, 120…</source>
        <translation>Um setor: saúde, agricultura, 120…</translation>
    </message>
    <message>
        <source>Who could it learn from?</source>
        <translation>Com quem poderia aprender?</translation>
    </message>
    <message>
        <source>Double-click an initiative to open it</source>
        <translation>Clique duas vezes em uma iniciativa para abri-la</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>É um erro do programa; consulte o registro.</translation>
    </message>
    <message>
        <source>Peers could not be found: %1</source>
        <translation>Não foi possível encontrar pares: %1</translation>
    </message>
    <message>
        <source>Who could it learn from? Type a sector and ask.</source>
        <translation>Com quem poderia aprender? Digite um setor e pergunte.</translation>
    </message>
    <message>
        <source>Choose at least one indicator to compare on.</source>
        <translation>Escolha pelo menos um indicador para comparar.</translation>
    </message>
    <message>
        <source>Countries like %1</source>
        <translation>Países semelhantes a %1</translation>
    </message>
    <message>
        <source>Who %1 could learn from about %2</source>
        <translation>Com quem %1 poderia aprender sobre %2</translation>
    </message>
    <message>
        <source>Looking for teachers…</source>
        <translation>Buscando mentores…</translation>
    </message>
    <message>
        <source>Latest values of %1. %2</source>
        <translation>Últimos valores de %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) could share experience</source>
        <translation>
            <numerusform>%n país poderia compartilhar experiência</numerusform>
            <numerusform>%n países poderiam compartilhar experiência</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider found for that sector.</source>
        <translation>Nenhum provedor encontrado para esse setor.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Administrator PIN</source>
        <translation>PIN do administrador</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>← All countries</source>
        <translation>← Todos os países</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>Imprimir a ficha…</translation>
    </message>
    <message>
        <source>Save brief as PDF…</source>
        <translation>Salvar a ficha como PDF…</translation>
    </message>
    <message>
        <source>Compare with peers</source>
        <translation>Comparar com pares</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year, FY89 to today</source>
        <translation>Grupo de renda do Banco Mundial por ano fiscal, de FY89 até hoje</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicadores principais</translation>
    </message>
    <message>
        <source>No data: the World Development Indicators have no figures for it.</source>
        <translation>Sem dados: os World Development Indicators não têm números para este país.</translation>
    </message>
    <message>
        <source>Cooperation as provider</source>
        <translation>Cooperação como provedor</translation>
    </message>
    <message>
        <source>Cooperation as recipient</source>
        <translation>Cooperação como receptor</translation>
    </message>
    <message>
        <source>Trade with developing economies</source>
        <translation>Comércio com economias em desenvolvimento</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudantes</translation>
    </message>
    <message>
        <source>In the brief</source>
        <translation>No documento</translation>
    </message>
</context>
<context>
    <name>QueryHelpPopup</name>
    <message>
        <source>How to search</source>
        <translation>Como buscar</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Update the data</source>
        <translation>Atualizar os dados</translation>
    </message>
    <message>
        <source>Updating the data</source>
        <translation>Atualizando os dados</translation>
    </message>
    <message>
        <source>From: %1
Into: %2</source>
        <translation>De: %1
Para: %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Tempo decorrido: %1</translation>
    </message>
    <message>
        <source>%1 countries · %2 initiatives · %3 datasets</source>
        <translation>%1 países · %2 iniciativas · %3 conjuntos de dados</translation>
    </message>
    <message>
        <source>The data are updated.</source>
        <translation>Os dados foram atualizados.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvo como %1</translation>
    </message>
    <message>
        <source>The update failed — your previous data is unchanged.</source>
        <translation>A atualização falhou — seus dados anteriores não foram alterados.</translation>
    </message>
    <message>
        <source>Cancelled — your previous data is unchanged.</source>
        <translation>Cancelado — seus dados anteriores não foram alterados.</translation>
    </message>
    <message>
        <source>Choose the folder with the data sources</source>
        <translation>Escolha a pasta com as fontes de dados</translation>
    </message>
    <message>
        <source>&amp;Update Data from a Folder…</source>
        <translation>&amp;Atualizar dados a partir de uma pasta…</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo deu errado; os detalhes estão no registro.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>Buscas salvas</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Salvar esta busca</translation>
    </message>
    <message>
        <source>(every initiative)</source>
        <translation>(todas as iniciativas)</translation>
    </message>
    <message>
        <source>Name, e.g. Microfinance in South-East Asia</source>
        <translation>Nome, p. ex. Microfinanças no Sudeste Asiático</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Processando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved search(es)</source>
        <translation>
            <numerusform>%Ln busca salva</numerusform>
            <numerusform>%Ln buscas salvas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches could not be read or written: %1</source>
        <translation>Não foi possível ler ou gravar as buscas salvas: %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Best match</source>
        <translation>Melhor correspondência</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigas primeiro</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Título A–Z</translation>
    </message>
    <message>
        <source>Search initiatives: microfinance recipient:PHL, provider:Brazil health…</source>
        <translation>Buscar iniciativas: microfinance recipient:PHL, provider:Brazil health…</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Ordem dos resultados</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Buscas salvas…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Who learned from Brazil?</source>
        <translation>Quem aprendeu com o Brasil?</translation>
    </message>
    <message>
        <source>Who trains engineers?</source>
        <translation>Quem forma engenheiros?</translation>
    </message>
    <message>
        <source>What did Japan support?</source>
        <translation>O que o Japão apoiou?</translation>
    </message>
    <message>
        <source>Microfinance</source>
        <translation>Microfinanças</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 ajudou %2</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) found</source>
        <translation>
            <numerusform>%n iniciativa encontrada</numerusform>
            <numerusform>%n iniciativas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a country, a topic or a word…</source>
        <translation>Digite um país, um tema ou uma palavra…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Voltar aos resultados</translation>
    </message>
    <message>
        <source>Try a question</source>
        <translation>Experimente uma pergunta</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <source>linear: zero or negative values</source>
        <translation>linear: valores zero ou negativos</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>sem dados: %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Data sources</source>
        <translation>Fontes de dados</translation>
    </message>
    <message>
        <source>Every figure in Exchange Explorer comes from one of these public datasets. Select one to read its citation, licence and caveats.</source>
        <translation>Cada número do Exchange Explorer vem de um destes conjuntos de dados públicos. Selecione um para ler sua citação, licença e ressalvas.</translation>
    </message>
    <message>
        <source>Filter by name, publisher, licence…</source>
        <translation>Filtrar por nome, editor, licença…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>É um erro do programa; os detalhes estão no registro.</translation>
    </message>
    <message>
        <source>The data sources could not be read: %1</source>
        <translation>Não foi possível ler as fontes de dados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n conjunto de dados</numerusform>
            <numerusform>%n conjuntos de dados</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: this database lists no datasets.</source>
        <translation>Sem dados: este banco de dados não lista nenhum conjunto de dados.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>No initiatives match: %1</source>
        <translation>Nenhuma iniciativa corresponde: %1</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Ano de início</translation>
    </message>
    <message>
        <source>no initiatives</source>
        <translation>nenhuma iniciativa</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Próxima ›</translation>
    </message>
    <message>
        <source>  ·  swipe to see more</source>
        <translation>  ·  deslize para ver mais</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>No stories in this database yet.</source>
        <translation>Este banco de dados ainda não contém histórias.</translation>
    </message>
    <message>
        <source>A case of South-South learning</source>
        <translation>Um caso de aprendizagem Sul-Sul</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 ajudou %2</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>O que o documento disse</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (citando %2)</translation>
    </message>
    <message>
        <source>What the IMF and World Bank data say: %1 in %2</source>
        <translation>O que dizem os dados do FMI e do Banco Mundial: %1 em %2</translation>
    </message>
    <message>
        <source>Our data hold no comparable figure.</source>
        <translation>Nossos dados não contêm número comparável.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Fonte: %1, %2</translation>
    </message>
    <message>
        <source>Help from %1</source>
        <translation>Ajuda de %1</translation>
    </message>
    <message>
        <source>Help for %1</source>
        <translation>Ajuda para %1</translation>
    </message>
</context>
<context>
    <name>TeacherModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Country or group code</source>
        <translation>Código de país ou grupo</translation>
    </message>
    <message>
        <source>BRA, G77, ASEAN, AU, SSF…</source>
        <translation>BRA, G77, ASEAN, AU, SSF…</translation>
    </message>
    <message>
        <source>Partner country code</source>
        <translation>Código do país parceiro</translation>
    </message>
    <message>
        <source>Year of the partner and region charts</source>
        <translation>Ano dos gráficos por parceiro e região</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Country or group:</source>
        <translation>País ou grupo:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Parceiro:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Ano:</translation>
    </message>
    <message>
        <source>South-South share</source>
        <translation>Parcela Sul-Sul</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>O documento e os dados</translation>
    </message>
    <message>
        <source>Top partners</source>
        <translation>Principais parceiros</translation>
    </message>
    <message>
        <source>Pair (both reports)</source>
        <translation>Par (ambas as declarações)</translation>
    </message>
    <message>
        <source>Between regions</source>
        <translation>Entre regiões</translation>
    </message>
    <message>
        <source>Trade between developing economies</source>
        <translation>Comércio entre economias em desenvolvimento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not load trade: %1</source>
        <translation>Não foi possível carregar o comércio: %1</translation>
    </message>
</context>
<context>
    <name>YearPlayer</name>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation>Percorrer os anos</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>no years</source>
        <translation>nenhum ano</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
</TS>
