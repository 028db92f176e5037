<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Exchange Explorer</source>
        <translation>Acerca de Exchange Explorer</translation>
    </message>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>South-South cooperation, offline: who learns from whom, and what the public data say.</source>
        <translation>La cooperación Sur-Sur, sin conexión: quién aprende de quién y qué dicen los datos públicos.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Data built:</source>
        <translation>Datos generados:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>No se pudieron leer los datos: %1</translation>
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
        <translation>Países en desarrollo que aprenden unos de otros</translation>
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
        <translation>Sin datos: %1 no tiene valores en esta fuente.</translation>
    </message>
</context>
<context>
    <name>BubbleChart</name>
    <message>
        <source>Size: %1. Colour: %2.</source>
        <translation>Tamaño: %1. Color: %2.</translation>
    </message>
    <message>
        <source>No year has both %1 and %2.</source>
        <translation>Ningún año tiene a la vez %1 y %2.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Grupo de ingreso</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>Eje horizontal logarítmico</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>Eje vertical logarítmico</translation>
    </message>
    <message>
        <source>Countries over time</source>
        <translation>Los países a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the chart: %1</source>
        <translation>No se pudo cargar el gráfico: %1</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
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
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Fuente: %1, %2</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show table</source>
        <translation>Mostrar tabla</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
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
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
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
        <translation>año base </translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Exportar gráficos…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>Es un error del programa; consulte el registro.</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>No se pudo hacer la comparación: %1</translation>
    </message>
    <message>
        <source>Suggesting countries like %1…</source>
        <translation>Buscando países similares a %1…</translation>
    </message>
    <message>
        <source>Pick at least two countries and one indicator.</source>
        <translation>Elija al menos dos países y un indicador.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
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
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
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
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
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
        <translation>A:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Over time by modality</source>
        <translation>Evolución por modalidad</translation>
    </message>
    <message>
        <source>Over time by sector</source>
        <translation>Evolución por sector</translation>
    </message>
    <message>
        <source>By region pair</source>
        <translation>Por par de regiones</translation>
    </message>
    <message>
        <source>Initiatives behind the selected link</source>
        <translation>Iniciativas detrás del vínculo seleccionado</translation>
    </message>
    <message>
        <source>Who cooperates with whom</source>
        <translation>Quién coopera con quién</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load cooperation: %1</source>
        <translation>No se pudo cargar la cooperación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) behind this link:</source>
        <translation>
            <numerusform>%n iniciativa detrás de este vínculo:</numerusform>
            <numerusform>%n iniciativas detrás de este vínculo:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Se reiniciará en %n segundo.</numerusform>
            <numerusform>Se reiniciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
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
        <translation>Busque un nombre en cualquier idioma: Brasil, 巴西, البرازيل…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>Es un error del programa; consulte el registro.</translation>
    </message>
    <message>
        <source>The countries could not be read: %1</source>
        <translation>No se pudieron leer los países: %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>All income groups</source>
        <translation>Todos los ingresos</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Cualquier grupo</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <source>No country matches these filters.</source>
        <translation>Ningún país coincide con estos filtros.</translation>
    </message>
    <message>
        <source>%1 of %2 countries</source>
        <translation>%1 de %2 países</translation>
    </message>
    <message>
        <source>No such country.</source>
        <translation>No existe ese país.</translation>
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
        <translation>Último valor (año), tendencia</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>Puesto en la región</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>Puesto en el grupo de ingreso</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Country brief · Exchange Explorer</source>
        <translation>Ficha del país · Exchange Explorer</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicadores clave</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <source>Share of exports going to developing economies (%)</source>
        <translation>Proporción de las exportaciones hacia economías en desarrollo (%)</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students</source>
        <translation>Estudiantes internacionales recibidos</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>Fuentes y licencias</translation>
    </message>
    <message>
        <source>Save country brief</source>
        <translation>Guardar la ficha del país</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print country brief</source>
        <translation>Imprimir la ficha del país</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year</source>
        <translation>Grupo de ingreso del Banco Mundial por ejercicio fiscal</translation>
    </message>
    <message>
        <source>%1: country brief</source>
        <translation>%1: ficha del país</translation>
    </message>
    <message numerus="yes">
        <source>As provider: %n initiative(s)</source>
        <translation>
            <numerusform>Como proveedor: %n iniciativa</numerusform>
            <numerusform>Como proveedor: %n iniciativas</numerusform>
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
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Miembro de: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>El documento menciona a %1 entre los proveedores de cooperación técnica.</translation>
    </message>
    <message>
        <source>Case in the brief: %1</source>
        <translation>Caso del documento: %1</translation>
    </message>
    <message>
        <source>Trade: %1</source>
        <translation>Comercio: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>Estudiantes recibidos: %1</translation>
    </message>
    <message>
        <source>Its students go to: %1</source>
        <translation>Sus estudiantes van a: %1</translation>
    </message>
    <message>
        <source>Its students come from: %1</source>
        <translation>Sus estudiantes vienen de: %1</translation>
    </message>
    <message>
        <source>Sectors: %1. Partners: %2.</source>
        <translation>Sectores: %1. Socios: %2.</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>El %1 de las exportaciones fue a economías en desarrollo en %2.</translation>
    </message>
    <message>
        <source>Top partners in %1 (exports plus imports, US$ millions): %2</source>
        <translation>Principales socios en %1 (exportaciones más importaciones, millones de US$): %2</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>Estudiantes internacionales recibidos: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CountryFormat</name>
    <message>
        <source>Low income</source>
        <translation>Ingreso bajo</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>Ingreso mediano bajo</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>Ingreso mediano alto</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Ingreso alto</translation>
    </message>
    <message>
        <source>%1 tn</source>
        <translation>%1 bill.</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 mil M</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
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
        <translation>Región</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Grupo de ingreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Add a country (any language)…</source>
        <translation>Añadir un país (cualquier idioma)…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
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
        <translation>chino</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
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
        <translation>De dónde vienen sus estudiantes (%1):</translation>
    </message>
    <message>
        <source>The brief does not list %1 as a provider.</source>
        <translation>El documento no menciona a %1 como proveedor.</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>No initiatives recorded in this role.</source>
        <translation>No hay iniciativas registradas en este papel.</translation>
    </message>
    <message>
        <source>Top partners, %1 (US$ millions, exports / imports):</source>
        <translation>Principales socios, %1 (millones de US$, exportaciones / importaciones):</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>None of the brief&apos;s cases involves it.</source>
        <translation>Ninguno de los casos del documento lo incluye.</translation>
    </message>
    <message>
        <source>%1 (joined %2)</source>
        <translation>%1 (miembro desde %2)</translation>
    </message>
    <message>
        <source>No trade data: %1</source>
        <translation>Sin datos comerciales: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>Estudiantes recibidos: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>El documento menciona a %1 entre los proveedores de cooperación técnica.</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>Miembro de:</translation>
    </message>
    <message>
        <source>By sector:</source>
        <translation>Por sector:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Socios:</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>El %1 de las exportaciones fue a economías en desarrollo en %2.</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>Estudiantes internacionales recibidos: %1 (%2)</translation>
    </message>
    <message>
        <source>Where its students go (%1):</source>
        <translation>Adónde van sus estudiantes (%1):</translation>
    </message>
</context>
<context>
    <name>DataVintageLabel</name>
    <message>
        <source>Data built %1</source>
        <translation>Datos del %1</translation>
    </message>
    <message>
        <source>Build date unknown</source>
        <translation>Fecha de generación desconocida</translation>
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
        <translation>%1 conjuntos de datos</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Data unavailable</source>
        <translation>Datos no disponibles</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The data file could not be read.</source>
        <translation>No se pudo leer el archivo de datos.</translation>
    </message>
    <message>
        <source>The data file is missing. It may not have been installed, or it was moved.</source>
        <translation>Falta el archivo de datos. Puede que no se haya instalado o que se haya movido.</translation>
    </message>
    <message>
        <source>The data file is damaged, or it is not an Exchange Explorer database.</source>
        <translation>El archivo de datos está dañado o no es una base de datos de Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file was not made by this version of Exchange Explorer.</source>
        <translation>El archivo de datos no fue creado por esta versión de Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file is in use by another program.</source>
        <translation>Otro programa está usando el archivo de datos.</translation>
    </message>
    <message>
        <source>You are not allowed to read the data file.</source>
        <translation>No tiene permiso para leer el archivo de datos.</translation>
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
        <translation>No se pueden abrir los datos</translation>
    </message>
    <message>
        <source>File: %1
Details: %2</source>
        <translation>Archivo: %1
Detalles: %2</translation>
    </message>
    <message>
        <source>You can rebuild the data from a folder of sources (for example on a USB stick), or open another copy of the database file.</source>
        <translation>Puede regenerar los datos a partir de una carpeta de fuentes (por ejemplo, en una memoria USB) o abrir otra copia del archivo de base de datos.</translation>
    </message>
    <message>
        <source>Rebuild from a sources folder…</source>
        <translation>Regenerar desde una carpeta de fuentes…</translation>
    </message>
    <message>
        <source>Choose a database file…</source>
        <translation>Elegir un archivo de base de datos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Elegir un archivo de base de datos</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>That file cannot be used: %1 Choose another file, or rebuild.</source>
        <translation>No se puede usar ese archivo: %1 Elija otro archivo o regenere los datos.</translation>
    </message>
</context>
<context>
    <name>DatasetDetail</name>
    <message>
        <source>Copy citation</source>
        <translation>Copiar la cita</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>Ningún conjunto de datos seleccionado</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>This search has %1 results; the first %2 will be exported.</source>
        <translation>Esta búsqueda tiene %1 resultados; se exportarán los %2 primeros.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>Exportando los resultados…</translation>
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
        <translation>No hay resultados para exportar.</translation>
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
        <translation>%1 más…</translation>
    </message>
    <message>
        <source>Only the %1 most frequent are listed</source>
        <translation>Solo se muestran los %1 más frecuentes</translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation>Añadir %1 a la búsqueda</translation>
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
        <translation> o </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>excepto %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1%2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>HeadlineCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>Lo que dijo el documento</translation>
    </message>
    <message>
        <source>What our data say</source>
        <translation>Lo que dicen nuestros datos</translation>
    </message>
    <message>
        <source>No comparable series in the data.</source>
        <translation>No hay series comparables en los datos.</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Fuente: %1, %2</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (citando a %2)</translation>
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
        <translation>Sin datos para %1.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>Cómo buscar: palabras, frases, filtros como provider:BRA</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Ayuda de búsqueda</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>South-South cooperation at a glance</source>
        <translation>La cooperación Sur-Sur de un vistazo</translation>
    </message>
    <message>
        <source>Developing countries learning from each other: what the founding brief reported, next to what public data say.</source>
        <translation>Países en desarrollo que aprenden unos de otros: lo que informó el documento fundacional, junto a lo que dicen los datos públicos.</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>El documento y los datos</translation>
    </message>
    <message>
        <source>Cases from the brief</source>
        <translation>Casos del documento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>Es un error del programa; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>No se pudieron leer los datos.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>This database holds no headline figures.</source>
        <translation>Esta base de datos no contiene cifras destacadas.</translation>
    </message>
    <message>
        <source>This database holds no cases from the brief.</source>
        <translation>Esta base de datos no contiene casos del documento.</translation>
    </message>
    <message numerus="yes">
        <source>countries and territories</source>
        <translation>
            <numerusform>país o territorio</numerusform>
            <numerusform>países y territorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cooperation initiatives</source>
        <translation>
            <numerusform>iniciativa de cooperación</numerusform>
            <numerusform>iniciativas de cooperación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source datasets</source>
        <translation>
            <numerusform>conjunto de datos de origen</numerusform>
            <numerusform>conjuntos de datos de origen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted in this database, built %1.</source>
        <translation>Contados en esta base de datos, generada el %1.</translation>
    </message>
    <message>
        <source>Counted in this database (build date unknown).</source>
        <translation>Contados en esta base de datos (fecha de generación desconocida).</translation>
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
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPane</name>
    <message>
        <source>Select an initiative to read the whole record.</source>
        <translation>Seleccione una iniciativa para leer el registro completo.</translation>
    </message>
    <message>
        <source>Original language: %1 — shown as the source wrote it</source>
        <translation>Idioma original: %1 — se muestra tal como lo escribió la fuente</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Links (copy them to open when online)</source>
        <translation>Enlaces (cópielos para abrirlos cuando tenga conexión)</translation>
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
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Receptores</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copiar la cita</translation>
    </message>
    <message>
        <source>In the source: %1</source>
        <translation>En la fuente: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Record %1 of dataset “%2”</source>
        <translation>Registro %1 del conjunto de datos «%2»</translation>
    </message>
    <message>
        <source>None share its sectors and partners.</source>
        <translation>Ninguna comparte sus sectores y socios.</translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Experts sent</source>
        <translation>Envío de expertos</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita de estudio</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>No especificado</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
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
        <translation>Ejecutor</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Receptores</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Sectors and themes</source>
        <translation>Sectores y temas</translation>
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
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Contiene</translation>
    </message>
</context>
<context>
    <name>InitiativeListModel</name>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Receptores</translation>
    </message>
    <message>
        <source>Sector / theme</source>
        <translation>Sector / tema</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
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
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Rebuild the database (exchange-explorer build-db) to search words again.</source>
        <translation>Vuelva a generar la base de datos (exchange-explorer build-db) para poder buscar palabras de nuevo.</translation>
    </message>
    <message>
        <source>No initiative to show.</source>
        <translation>No hay ninguna iniciativa que mostrar.</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>Es un error del programa; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>The initiatives could not be read.</source>
        <translation>No se pudieron leer las iniciativas.</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>No se pudo leer este registro: %1</translation>
    </message>
    <message>
        <source>This initiative is no longer in the database.</source>
        <translation>Esta iniciativa ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>No initiatives match this search.</source>
        <translation>Ninguna iniciativa coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>too many to rank by relevance; newest records first</source>
        <translation>demasiados para ordenar por relevancia; primero los registros más recientes</translation>
    </message>
    <message>
        <source>No initiatives match.</source>
        <translation>Ninguna iniciativa coincide.</translation>
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
        <translation>Revise la ortografía, use menos palabras o pruebe el comienzo de una palabra con * (agri*). Haga clic en ? para saber cómo buscar.</translation>
    </message>
    <message>
        <source>best match first</source>
        <translation>primero la mejor coincidencia</translation>
    </message>
    <message>
        <source>newest records first</source>
        <translation>registros más recientes primero</translation>
    </message>
    <message>
        <source>This database holds no initiatives.</source>
        <translation>Esta base de datos no contiene iniciativas.</translation>
    </message>
    <message>
        <source>Build the database from the public sources (exchange-explorer build-db).</source>
        <translation>Genere la base de datos a partir de las fuentes públicas (exchange-explorer build-db).</translation>
    </message>
    <message>
        <source>%1–%2 of %3 shown</source>
        <translation>Se muestran %1–%2 de %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Try removing a filter (click its ✕ above): %1.</source>
        <translation>Pruebe a quitar un filtro (haga clic en su ✕ arriba): %1.</translation>
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
        <translation>Último valor (año)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>Puesto en la región</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>Puesto en el grupo de ingreso</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Among countries of %1 with a value in %2</source>
        <translation>Entre los países de %1 con un valor en %2</translation>
    </message>
    <message>
        <source>Among %1 countries with a value in %2</source>
        <translation>Entre los países del grupo «%1» con un valor en %2</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a minute.</source>
        <translation>Demasiados intentos. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>Sin datos: %1 no tiene valores en esta fuente.</translation>
    </message>
    <message>
        <source>Stars: published figures; source: %1.</source>
        <translation>Estrellas: cifras publicadas; fuente: %1.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>Problema con la base de datos: %1</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>MapChart</name>
    <message>
        <source>No data: no country has a value for %1.</source>
        <translation>Sin datos: ningún país tiene un valor para %1.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (escala logarítmica)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Measure shown on the map</source>
        <translation>Medida que se muestra en el mapa</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Medida:</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Mapa del mundo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the map: %1</source>
        <translation>No se pudo cargar el mapa: %1</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Share of developing economies&apos; exports that go to developing economies</source>
        <translation>Proporción de las exportaciones de las economías en desarrollo que va a economías en desarrollo</translation>
    </message>
    <message>
        <source>Exports among developing economies, as a share of world exports</source>
        <translation>Exportaciones entre economías en desarrollo, como proporción de las exportaciones mundiales</translation>
    </message>
    <message>
        <source>Average yearly growth of exports among developing economies, over 5 years</source>
        <translation>Crecimiento anual medio de las exportaciones entre economías en desarrollo, en 5 años</translation>
    </message>
    <message>
        <source>China&apos;s R&amp;D spending as a percentage of Japan&apos;s, at purchasing power parity</source>
        <translation>Gasto en I+D de China como porcentaje del de Japón, en paridad de poder adquisitivo</translation>
    </message>
    <message>
        <source>African countries whose real GDP grew more than 5% in the year</source>
        <translation>Países africanos cuyo PIB real creció más del 5 % en el año</translation>
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
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Some pages show the new language after a restart.</source>
        <translation>Algunas páginas mostrarán el nuevo idioma tras reiniciar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>&amp;Fuentes de datos</translation>
    </message>
    <message>
        <source>&amp;About Exchange Explorer</source>
        <translation>&amp;Acerca de Exchange Explorer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
</context>
<context>
    <name>NetworkChart</name>
    <message>
        <source>No initiatives with a known provider and recipient match these filters.</source>
        <translation>Ninguna iniciativa con proveedor y receptor conocidos coincide con estos filtros.</translation>
    </message>
    <message>
        <source>provides more than it receives</source>
        <translation>proporciona más de lo que recibe</translation>
    </message>
    <message>
        <source>receives more (or as much)</source>
        <translation>recibe más (o lo mismo)</translation>
    </message>
    <message>
        <source>Countries (size: initiatives)</source>
        <translation>Países (tamaño: iniciativas)</translation>
    </message>
    <message>
        <source>%1: provided %2, received %3 initiatives</source>
        <translation>%1: %2 iniciativas proporcionadas, %3 recibidas</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>Burbujas</translation>
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
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Peers and teachers</source>
        <translation>Pares y mentores</translation>
    </message>
    <message>
        <source>A sector: health, agriculture, 120…</source>
        <translation>Un sector: salud, agricultura, 120…</translation>
    </message>
    <message>
        <source>Who could it learn from?</source>
        <translation>¿De quién podría aprender?</translation>
    </message>
    <message>
        <source>Double-click an initiative to open it</source>
        <translation>Haga doble clic en una iniciativa para abrirla</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>Es un error del programa; consulte el registro.</translation>
    </message>
    <message>
        <source>Peers could not be found: %1</source>
        <translation>No se encontraron pares: %1</translation>
    </message>
    <message>
        <source>Who could it learn from? Type a sector and ask.</source>
        <translation>¿De quién podría aprender? Escriba un sector y pregunte.</translation>
    </message>
    <message>
        <source>Choose at least one indicator to compare on.</source>
        <translation>Elija al menos un indicador para comparar.</translation>
    </message>
    <message>
        <source>Countries like %1</source>
        <translation>Países similares a %1</translation>
    </message>
    <message>
        <source>Who %1 could learn from about %2</source>
        <translation>De quién podría aprender %1 sobre %2</translation>
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
            <numerusform>%n país podría compartir su experiencia</numerusform>
            <numerusform>%n países podrían compartir su experiencia</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider found for that sector.</source>
        <translation>No se encontró ningún proveedor para ese sector.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Administrator PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
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
        <translation>← Todos los países</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>Imprimir la ficha…</translation>
    </message>
    <message>
        <source>Save brief as PDF…</source>
        <translation>Guardar la ficha como PDF…</translation>
    </message>
    <message>
        <source>Compare with peers</source>
        <translation>Comparar con pares</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year, FY89 to today</source>
        <translation>Grupo de ingreso del Banco Mundial por ejercicio fiscal, de FY89 a hoy</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Indicadores clave</translation>
    </message>
    <message>
        <source>No data: the World Development Indicators have no figures for it.</source>
        <translation>Sin datos: los World Development Indicators no tienen cifras para este país.</translation>
    </message>
    <message>
        <source>Cooperation as provider</source>
        <translation>Cooperación como proveedor</translation>
    </message>
    <message>
        <source>Cooperation as recipient</source>
        <translation>Cooperación como receptor</translation>
    </message>
    <message>
        <source>Trade with developing economies</source>
        <translation>Comercio con economías en desarrollo</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>In the brief</source>
        <translation>En el documento</translation>
    </message>
</context>
<context>
    <name>QueryHelpPopup</name>
    <message>
        <source>How to search</source>
        <translation>Cómo buscar</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Update the data</source>
        <translation>Actualizar los datos</translation>
    </message>
    <message>
        <source>Updating the data</source>
        <translation>Actualizando los datos</translation>
    </message>
    <message>
        <source>From: %1
Into: %2</source>
        <translation>Desde: %1
Hacia: %2</translation>
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
        <translation>Tiempo transcurrido: %1</translation>
    </message>
    <message>
        <source>%1 countries · %2 initiatives · %3 datasets</source>
        <translation>%1 países · %2 iniciativas · %3 conjuntos de datos</translation>
    </message>
    <message>
        <source>The data are updated.</source>
        <translation>Los datos están actualizados.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>The update failed — your previous data is unchanged.</source>
        <translation>La actualización falló: sus datos anteriores no han cambiado.</translation>
    </message>
    <message>
        <source>Cancelled — your previous data is unchanged.</source>
        <translation>Cancelado: sus datos anteriores no han cambiado.</translation>
    </message>
    <message>
        <source>Choose the folder with the data sources</source>
        <translation>Elija la carpeta con las fuentes de datos</translation>
    </message>
    <message>
        <source>&amp;Update Data from a Folder…</source>
        <translation>&amp;Actualizar datos desde una carpeta…</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>(every initiative)</source>
        <translation>(todas las iniciativas)</translation>
    </message>
    <message>
        <source>Name, e.g. Microfinance in South-East Asia</source>
        <translation>Nombre, p. ej. Microfinanzas en el Sudeste Asiático</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved search(es)</source>
        <translation>
            <numerusform>%Ln búsqueda guardada</numerusform>
            <numerusform>%Ln búsquedas guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches could not be read or written: %1</source>
        <translation>No se pudieron leer ni escribir las búsquedas guardadas: %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
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
        <translation>Orden de los resultados</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Búsquedas guardadas…</translation>
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
        <translation>¿Quién aprendió de Brasil?</translation>
    </message>
    <message>
        <source>Who trains engineers?</source>
        <translation>¿Quién forma ingenieros?</translation>
    </message>
    <message>
        <source>What did Japan support?</source>
        <translation>¿Qué apoyó Japón?</translation>
    </message>
    <message>
        <source>Microfinance</source>
        <translation>Microfinanzas</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 ayudó a %2</translation>
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
        <translation>Escriba un país, un tema o una palabra…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Volver a los resultados</translation>
    </message>
    <message>
        <source>Try a question</source>
        <translation>Pruebe una pregunta</translation>
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
        <translation>lineal: valores nulos o negativos</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>sin datos: %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>Every figure in Exchange Explorer comes from one of these public datasets. Select one to read its citation, licence and caveats.</source>
        <translation>Cada cifra de Exchange Explorer procede de uno de estos conjuntos de datos públicos. Seleccione uno para leer su cita, su licencia y sus advertencias.</translation>
    </message>
    <message>
        <source>Filter by name, publisher, licence…</source>
        <translation>Filtrar por nombre, editor, licencia…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>Es un error del programa; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>The data sources could not be read: %1</source>
        <translation>No se pudieron leer las fuentes de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n conjunto de datos</numerusform>
            <numerusform>%n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: this database lists no datasets.</source>
        <translation>Sin datos: esta base de datos no incluye ningún conjunto de datos.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>No initiatives match: %1</source>
        <translation>Ninguna iniciativa coincide: %1</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <source>no initiatives</source>
        <translation>sin iniciativas</translation>
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
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>  ·  swipe to see more</source>
        <translation>  ·  deslice para ver más</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>No stories in this database yet.</source>
        <translation>Esta base de datos aún no contiene historias.</translation>
    </message>
    <message>
        <source>A case of South-South learning</source>
        <translation>Un caso de aprendizaje Sur-Sur</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 ayudó a %2</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>Lo que dijo el documento</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (citando a %2)</translation>
    </message>
    <message>
        <source>What the IMF and World Bank data say: %1 in %2</source>
        <translation>Lo que dicen los datos del FMI y del Banco Mundial: %1 en %2</translation>
    </message>
    <message>
        <source>Our data hold no comparable figure.</source>
        <translation>Nuestros datos no contienen ninguna cifra comparable.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Fuente: %1, %2</translation>
    </message>
    <message>
        <source>Help from %1</source>
        <translation>Ayuda de %1</translation>
    </message>
    <message>
        <source>Help for %1</source>
        <translation>Ayuda para %1</translation>
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
        <translation>Puntuación</translation>
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
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Country or group code</source>
        <translation>Código de país o grupo</translation>
    </message>
    <message>
        <source>BRA, G77, ASEAN, AU, SSF…</source>
        <translation>BRA, G77, ASEAN, AU, SSF…</translation>
    </message>
    <message>
        <source>Partner country code</source>
        <translation>Código del país socio</translation>
    </message>
    <message>
        <source>Year of the partner and region charts</source>
        <translation>Año de los gráficos por socio y región</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Country or group:</source>
        <translation>País o grupo:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Socio:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <source>South-South share</source>
        <translation>Proporción Sur-Sur</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>El documento y los datos</translation>
    </message>
    <message>
        <source>Top partners</source>
        <translation>Principales socios</translation>
    </message>
    <message>
        <source>Pair (both reports)</source>
        <translation>Par (ambas declaraciones)</translation>
    </message>
    <message>
        <source>Between regions</source>
        <translation>Entre regiones</translation>
    </message>
    <message>
        <source>Trade between developing economies</source>
        <translation>Comercio entre economías en desarrollo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load trade: %1</source>
        <translation>No se pudo cargar el comercio: %1</translation>
    </message>
</context>
<context>
    <name>YearPlayer</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation>Recorrer los años</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>no years</source>
        <translation>sin años</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
</TS>
