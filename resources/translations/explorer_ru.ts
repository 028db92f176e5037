<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Exchange Explorer</source>
        <translation>О программе Exchange Explorer</translation>
    </message>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>South-South cooperation, offline: who learns from whom, and what the public data say.</source>
        <translation>Сотрудничество Юг–Юг офлайн: кто у кого учится и что говорят открытые данные.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Data built:</source>
        <translation>Данные собраны:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Наборы данных</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>Не удалось прочитать данные: %1</translation>
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
        <translation>Развивающиеся страны учатся друг у друга</translation>
    </message>
    <message>
        <source>Touch to explore</source>
        <translation>Коснитесь, чтобы начать</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>Нет данных: у %1 нет значений в этом источнике.</translation>
    </message>
</context>
<context>
    <name>BubbleChart</name>
    <message>
        <source>Size: %1. Colour: %2.</source>
        <translation>Размер: %1. Цвет: %2.</translation>
    </message>
    <message>
        <source>No year has both %1 and %2.</source>
        <translation>Нет года, в котором есть и %1, и %2.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>BubblesPage</name>
    <message>
        <source>Horizontal:</source>
        <translation>По горизонтали:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>По вертикали:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Группа по доходу</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>Логарифмическая горизонтальная ось</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>Логарифмическая вертикальная ось</translation>
    </message>
    <message>
        <source>Countries over time</source>
        <translation>Страны во времени</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not load the chart: %1</source>
        <translation>Не удалось загрузить диаграмму: %1</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
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
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Источник: %1, %2</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show table</source>
        <translation>Показать таблицу</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Показать диаграмму</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare countries</source>
        <translation>Сравнение стран</translation>
    </message>
    <message>
        <source>base year </source>
        <translation>базовый год </translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Логарифмическая шкала</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Экспорт таблицы…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Экспорт диаграмм…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>Это ошибка программы; см. журнал.</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>Не удалось выполнить сравнение: %1</translation>
    </message>
    <message>
        <source>Suggesting countries like %1…</source>
        <translation>Подбираем страны, похожие на %1…</translation>
    </message>
    <message>
        <source>Pick at least two countries and one indicator.</source>
        <translation>Выберите не менее двух стран и один показатель.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Экспорт диаграмм</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
        <translation>Отрасль:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Over time by modality</source>
        <translation>Динамика по формам</translation>
    </message>
    <message>
        <source>Over time by sector</source>
        <translation>Динамика по отраслям</translation>
    </message>
    <message>
        <source>By region pair</source>
        <translation>По парам регионов</translation>
    </message>
    <message>
        <source>Initiatives behind the selected link</source>
        <translation>Инициативы за выбранной связью</translation>
    </message>
    <message>
        <source>Who cooperates with whom</source>
        <translation>Кто с кем сотрудничает</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not load cooperation: %1</source>
        <translation>Не удалось загрузить данные о сотрудничестве: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) behind this link:</source>
        <translation>
            <numerusform>За этой связью %n инициатива:</numerusform>
            <numerusform>За этой связью %n инициативы:</numerusform>
            <numerusform>За этой связью %n инициатив:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Начинаем заново через %n секунду.</numerusform>
            <numerusform>Начинаем заново через %n секунды.</numerusform>
            <numerusform>Начинаем заново через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Я здесь</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Search a name in any language: Brasil, 巴西, البرازيل…</source>
        <translation>Поиск названия на любом языке: Brasil, 巴西, البرازيل…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>Это ошибка программы; см. журнал.</translation>
    </message>
    <message>
        <source>The countries could not be read: %1</source>
        <translation>Не удалось прочитать страны: %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All income groups</source>
        <translation>Любой доход</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Сортировать по названию</translation>
    </message>
    <message>
        <source>No country matches these filters.</source>
        <translation>Ни одна страна не соответствует этим фильтрам.</translation>
    </message>
    <message>
        <source>%1 of %2 countries</source>
        <translation>%1 из %2 стран</translation>
    </message>
    <message>
        <source>No such country.</source>
        <translation>Такой страны нет.</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Latest (year), trend</source>
        <translation>Последнее значение (год), тенденция</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>Место в регионе</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>Место в группе по доходу</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Country brief · Exchange Explorer</source>
        <translation>Справка по стране · Exchange Explorer</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Share of exports going to developing economies (%)</source>
        <translation>Доля экспорта в развивающиеся экономики (%)</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students</source>
        <translation>Прибывающие иностранные студенты</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>Источники и лицензии</translation>
    </message>
    <message>
        <source>Save country brief</source>
        <translation>Сохранить справку по стране</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print country brief</source>
        <translation>Печать справки по стране</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year</source>
        <translation>Группа по доходу Всемирного банка по финансовым годам</translation>
    </message>
    <message>
        <source>%1: country brief</source>
        <translation>%1: справка по стране</translation>
    </message>
    <message numerus="yes">
        <source>As provider: %n initiative(s)</source>
        <translation>
            <numerusform>Как поставщик: %n инициатива</numerusform>
            <numerusform>Как поставщик: %n инициативы</numerusform>
            <numerusform>Как поставщик: %n инициатив</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As recipient: %n initiative(s)</source>
        <translation>
            <numerusform>Как получатель: %n инициатива</numerusform>
            <numerusform>Как получатель: %n инициативы</numerusform>
            <numerusform>Как получатель: %n инициатив</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>без региона</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>Членство: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>Доклад называет %1 среди поставщиков технического сотрудничества.</translation>
    </message>
    <message>
        <source>Case in the brief: %1</source>
        <translation>Пример из доклада: %1</translation>
    </message>
    <message>
        <source>Trade: %1</source>
        <translation>Торговля: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>Прибывающие студенты: %1</translation>
    </message>
    <message>
        <source>Its students go to: %1</source>
        <translation>Её студенты едут в: %1</translation>
    </message>
    <message>
        <source>Its students come from: %1</source>
        <translation>Её студенты приезжают из: %1</translation>
    </message>
    <message>
        <source>Sectors: %1. Partners: %2.</source>
        <translation>Отрасли: %1. Партнёры: %2.</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>В %2 году %1 экспорта пришлось на развивающиеся экономики.</translation>
    </message>
    <message>
        <source>Top partners in %1 (exports plus imports, US$ millions): %2</source>
        <translation>Основные партнёры в %1 году (экспорт плюс импорт, млн долл. США): %2</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>Прибывающие иностранные студенты: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CountryFormat</name>
    <message>
        <source>Low income</source>
        <translation>Низкий доход</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>Доход ниже среднего</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>Доход выше среднего</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Высокий доход</translation>
    </message>
    <message>
        <source>%1 tn</source>
        <translation>%1 трлн</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 млрд</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>не классифицировано</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 с %3 г.</translation>
    </message>
</context>
<context>
    <name>CountryListModel</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>Группа по доходу</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>без региона</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Add a country (any language)…</source>
        <translation>Добавить страну (на любом языке)…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
</context>
<context>
    <name>CountrySections</name>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>португальский</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n инициатива</numerusform>
            <numerusform>%n инициативы</numerusform>
            <numerusform>%n инициатив</numerusform>
        </translation>
    </message>
    <message>
        <source>Where its students come from (%1):</source>
        <translation>Откуда приезжают её студенты (%1):</translation>
    </message>
    <message>
        <source>The brief does not list %1 as a provider.</source>
        <translation>Доклад не называет %1 среди поставщиков.</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>без региона</translation>
    </message>
    <message>
        <source>No initiatives recorded in this role.</source>
        <translation>В этой роли инициатив не зарегистрировано.</translation>
    </message>
    <message>
        <source>Top partners, %1 (US$ millions, exports / imports):</source>
        <translation>Основные партнёры, %1 (млн долл. США, экспорт / импорт):</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>None of the brief&apos;s cases involves it.</source>
        <translation>Ни один из примеров доклада её не касается.</translation>
    </message>
    <message>
        <source>%1 (joined %2)</source>
        <translation>%1 (с %2 г.)</translation>
    </message>
    <message>
        <source>No trade data: %1</source>
        <translation>Нет данных о торговле: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>Прибывающие студенты: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>Доклад называет %1 среди поставщиков технического сотрудничества.</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>Членство:</translation>
    </message>
    <message>
        <source>By sector:</source>
        <translation>По отраслям:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Партнёры:</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>В %2 году %1 экспорта пришлось на развивающиеся экономики.</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>Прибывающие иностранные студенты: %1 (%2)</translation>
    </message>
    <message>
        <source>Where its students go (%1):</source>
        <translation>Куда едут её студенты (%1):</translation>
    </message>
</context>
<context>
    <name>DataVintageLabel</name>
    <message>
        <source>Data built %1</source>
        <translation>Данные от %1</translation>
    </message>
    <message>
        <source>Build date unknown</source>
        <translation>Дата сборки неизвестна</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>стран: %1</translation>
    </message>
    <message>
        <source>%1 initiatives</source>
        <translation>инициатив: %1</translation>
    </message>
    <message>
        <source>%1 datasets</source>
        <translation>наборов данных: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Data unavailable</source>
        <translation>Данные недоступны</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The data file could not be read.</source>
        <translation>Не удалось прочитать файл данных.</translation>
    </message>
    <message>
        <source>The data file is missing. It may not have been installed, or it was moved.</source>
        <translation>Файл данных отсутствует. Возможно, он не был установлен или был перемещён.</translation>
    </message>
    <message>
        <source>The data file is damaged, or it is not an Exchange Explorer database.</source>
        <translation>Файл данных повреждён или не является базой данных Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file was not made by this version of Exchange Explorer.</source>
        <translation>Файл данных создан не этой версией Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file is in use by another program.</source>
        <translation>Файл данных используется другой программой.</translation>
    </message>
    <message>
        <source>You are not allowed to read the data file.</source>
        <translation>У вас нет прав на чтение файла данных.</translation>
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
        <translation>Не удаётся открыть данные</translation>
    </message>
    <message>
        <source>File: %1
Details: %2</source>
        <translation>Файл: %1
Подробности: %2</translation>
    </message>
    <message>
        <source>You can rebuild the data from a folder of sources (for example on a USB stick), or open another copy of the database file.</source>
        <translation>Можно заново собрать данные из папки с источниками (например, на USB-накопителе) или открыть другую копию файла базы данных.</translation>
    </message>
    <message>
        <source>Rebuild from a sources folder…</source>
        <translation>Собрать из папки с источниками…</translation>
    </message>
    <message>
        <source>Choose a database file…</source>
        <translation>Выбрать файл базы данных…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Выбор файла базы данных</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>That file cannot be used: %1 Choose another file, or rebuild.</source>
        <translation>Этот файл использовать нельзя: %1 Выберите другой файл или соберите данные заново.</translation>
    </message>
</context>
<context>
    <name>DatasetDetail</name>
    <message>
        <source>Copy citation</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Импортировано строк</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>Набор данных не выбран</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>This search has %1 results; the first %2 will be exported.</source>
        <translation>Найдено результатов: %1; будут экспортированы первые %2.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>Экспорт результатов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>Нет результатов для экспорта.</translation>
    </message>
</context>
<context>
    <name>FacetTreeModel</name>
    <message>
        <source>Show fewer</source>
        <translation>Показать меньше</translation>
    </message>
    <message>
        <source>%1 more…</source>
        <translation>ещё %1…</translation>
    </message>
    <message>
        <source>Only the %1 most frequent are listed</source>
        <translation>Показаны только %1 самых частых</translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation>Добавить %1 в поиск</translation>
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
        <translation> или </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>кроме %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Убрать фильтр %1</translation>
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
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>Что говорилось в докладе</translation>
    </message>
    <message>
        <source>What our data say</source>
        <translation>Что говорят наши данные</translation>
    </message>
    <message>
        <source>No comparable series in the data.</source>
        <translation>В данных нет сопоставимого ряда.</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Источник: %1, %2</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (со ссылкой на %2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 в %2 г.</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <source>No data for %1.</source>
        <translation>Нет данных для %1.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
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
        <translation>Как искать: слова, фразы, фильтры вида provider:BRA</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Справка по поиску</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>South-South cooperation at a glance</source>
        <translation>Сотрудничество Юг–Юг с первого взгляда</translation>
    </message>
    <message>
        <source>Developing countries learning from each other: what the founding brief reported, next to what public data say.</source>
        <translation>Развивающиеся страны учатся друг у друга: что сообщал исходный доклад и что говорят открытые данные.</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>Доклад и данные</translation>
    </message>
    <message>
        <source>Cases from the brief</source>
        <translation>Примеры из доклада</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>Это ошибка программы; подробности в журнале.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>Не удалось прочитать данные.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>This database holds no headline figures.</source>
        <translation>В этой базе данных нет ключевых показателей.</translation>
    </message>
    <message>
        <source>This database holds no cases from the brief.</source>
        <translation>В этой базе данных нет примеров из доклада.</translation>
    </message>
    <message numerus="yes">
        <source>countries and territories</source>
        <translation>
            <numerusform>страна или территория</numerusform>
            <numerusform>страны и территории</numerusform>
            <numerusform>стран и территорий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cooperation initiatives</source>
        <translation>
            <numerusform>инициатива сотрудничества</numerusform>
            <numerusform>инициативы сотрудничества</numerusform>
            <numerusform>инициатив сотрудничества</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source datasets</source>
        <translation>
            <numerusform>исходный набор данных</numerusform>
            <numerusform>исходных набора данных</numerusform>
            <numerusform>исходных наборов данных</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted in this database, built %1.</source>
        <translation>Подсчитано по этой базе данных, собранной %1.</translation>
    </message>
    <message>
        <source>Counted in this database (build date unknown).</source>
        <translation>Подсчитано по этой базе данных (дата сборки неизвестна).</translation>
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
        <translation>%1 долл. США</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPane</name>
    <message>
        <source>Select an initiative to read the whole record.</source>
        <translation>Выберите инициативу, чтобы прочитать всю запись.</translation>
    </message>
    <message>
        <source>Original language: %1 — shown as the source wrote it</source>
        <translation>Язык оригинала: %1 — показано так, как написано в источнике</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Links (copy them to open when online)</source>
        <translation>Ссылки (скопируйте, чтобы открыть при подключении к сети)</translation>
    </message>
    <message>
        <source>Related initiatives</source>
        <translation>Похожие инициативы</translation>
    </message>
    <message>
        <source>Looking for related initiatives…</source>
        <translation>Поиск похожих инициатив…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Отрасли</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>In the source: %1</source>
        <translation>В источнике: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>Record %1 of dataset “%2”</source>
        <translation>Запись %1 набора данных «%2»</translation>
    </message>
    <message>
        <source>None share its sectors and partners.</source>
        <translation>Нет инициатив с теми же отраслями и партнёрами.</translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Experts sent</source>
        <translation>Командирование экспертов</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Ознакомительный визит</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Техническая помощь</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Исследования</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>В натуральной форме</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Посредник</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Sectors and themes</source>
        <translation>Отрасли и темы</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>Десятилетия</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Содержит</translation>
    </message>
</context>
<context>
    <name>InitiativeListModel</name>
    <message>
        <source>Could not be read</source>
        <translation>Не удалось прочитать</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Sector / theme</source>
        <translation>Отрасль / тема</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Rebuild the database (exchange-explorer build-db) to search words again.</source>
        <translation>Пересоберите базу данных (exchange-explorer build-db), чтобы снова искать по словам.</translation>
    </message>
    <message>
        <source>No initiative to show.</source>
        <translation>Нет инициатив для показа.</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>Это ошибка программы; подробности в журнале.</translation>
    </message>
    <message>
        <source>The initiatives could not be read.</source>
        <translation>Не удалось прочитать инициативы.</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>Не удалось прочитать эту запись: %1</translation>
    </message>
    <message>
        <source>This initiative is no longer in the database.</source>
        <translation>Этой инициативы больше нет в базе данных.</translation>
    </message>
    <message>
        <source>No initiatives match this search.</source>
        <translation>По этому запросу инициатив не найдено.</translation>
    </message>
    <message>
        <source>too many to rank by relevance; newest records first</source>
        <translation>слишком много, чтобы ранжировать по релевантности; сначала новые записи</translation>
    </message>
    <message>
        <source>No initiatives match.</source>
        <translation>Инициатив не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln инициатива</numerusform>
            <numerusform>%Ln инициативы</numerusform>
            <numerusform>%Ln инициатив</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or try a word&apos;s beginning with * (agri*). Click ? for how to search.</source>
        <translation>Проверьте написание, используйте меньше слов или попробуйте начало слова со * (agri*). Нажмите ?, чтобы узнать, как искать.</translation>
    </message>
    <message>
        <source>best match first</source>
        <translation>сначала лучшие совпадения</translation>
    </message>
    <message>
        <source>newest records first</source>
        <translation>сначала самые новые записи</translation>
    </message>
    <message>
        <source>This database holds no initiatives.</source>
        <translation>В этой базе данных нет инициатив.</translation>
    </message>
    <message>
        <source>Build the database from the public sources (exchange-explorer build-db).</source>
        <translation>Соберите базу данных из открытых источников (exchange-explorer build-db).</translation>
    </message>
    <message>
        <source>%1–%2 of %3 shown</source>
        <translation>Показаны %1–%2 из %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Try removing a filter (click its ✕ above): %1.</source>
        <translation>Попробуйте убрать фильтр (нажмите его ✕ выше): %1.</translation>
    </message>
</context>
<context>
    <name>KeyIndicatorModel</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Latest (year)</source>
        <translation>Последнее значение (год)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тенденция</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>Место в регионе</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>Место в группе по доходу</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Among countries of %1 with a value in %2</source>
        <translation>Среди стран региона %1 со значением за %2 год</translation>
    </message>
    <message>
        <source>Among %1 countries with a value in %2</source>
        <translation>Среди стран группы «%1» со значением за %2 год</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a minute.</source>
        <translation>Слишком много попыток. Повторите через минуту.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>Нет данных: у %1 нет значений в этом источнике.</translation>
    </message>
    <message>
        <source>Stars: published figures; source: %1.</source>
        <translation>Звёздочки: опубликованные данные; источник: %1.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
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
        <translation>Проблема с базой данных: %1</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Что-то пошло не так; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>MapChart</name>
    <message>
        <source>No data: no country has a value for %1.</source>
        <translation>Нет данных: ни у одной страны нет значения для %1.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (логарифмическая шкала)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Measure shown on the map</source>
        <translation>Показатель на карте</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Карта мира</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not load the map: %1</source>
        <translation>Не удалось загрузить карту: %1</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Share of developing economies&apos; exports that go to developing economies</source>
        <translation>Доля экспорта развивающихся экономик, идущая в развивающиеся экономики</translation>
    </message>
    <message>
        <source>Exports among developing economies, as a share of world exports</source>
        <translation>Экспорт между развивающимися экономиками, доля в мировом экспорте</translation>
    </message>
    <message>
        <source>Average yearly growth of exports among developing economies, over 5 years</source>
        <translation>Среднегодовой рост экспорта между развивающимися экономиками за 5 лет</translation>
    </message>
    <message>
        <source>China&apos;s R&amp;D spending as a percentage of Japan&apos;s, at purchasing power parity</source>
        <translation>Расходы Китая на НИОКР в процентах от японских, по паритету покупательной способности</translation>
    </message>
    <message>
        <source>African countries whose real GDP grew more than 5% in the year</source>
        <translation>Африканские страны, чей реальный ВВП вырос за год более чем на 5 %</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Some pages show the new language after a restart.</source>
        <translation>Некоторые страницы перейдут на новый язык после перезапуска.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полный экран</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>&amp;Источники данных</translation>
    </message>
    <message>
        <source>&amp;About Exchange Explorer</source>
        <translation>&amp;О программе Exchange Explorer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
</context>
<context>
    <name>NetworkChart</name>
    <message>
        <source>No initiatives with a known provider and recipient match these filters.</source>
        <translation>Нет инициатив с известными поставщиком и получателем, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>provides more than it receives</source>
        <translation>предоставляет больше, чем получает</translation>
    </message>
    <message>
        <source>receives more (or as much)</source>
        <translation>получает больше (или столько же)</translation>
    </message>
    <message>
        <source>Countries (size: initiatives)</source>
        <translation>Страны (размер: инициативы)</translation>
    </message>
    <message>
        <source>%1: provided %2, received %3 initiatives</source>
        <translation>%1: инициатив предоставлено — %2, получено — %3</translation>
    </message>
    <message>
        <source>%1 → %2: %3 initiatives</source>
        <translation>%1 → %2: инициатив — %3</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>Пузырьки</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Аналоги</translation>
    </message>
</context>
<context>
    <name>PeerModel</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Близость</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Peers and teachers</source>
        <translation>Аналоги и наставники</translation>
    </message>
    <message>
        <source>A sector: health, agriculture, 120…</source>
        <translation>Отрасль: здравоохранение, сельское хозяйство, 120…</translation>
    </message>
    <message>
        <source>Who could it learn from?</source>
        <translation>У кого она могла бы поучиться?</translation>
    </message>
    <message>
        <source>Double-click an initiative to open it</source>
        <translation>Дважды щёлкните инициативу, чтобы открыть её</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>Это ошибка программы; см. журнал.</translation>
    </message>
    <message>
        <source>Peers could not be found: %1</source>
        <translation>Не удалось найти аналоги: %1</translation>
    </message>
    <message>
        <source>Who could it learn from? Type a sector and ask.</source>
        <translation>У кого она могла бы поучиться? Введите отрасль и спросите.</translation>
    </message>
    <message>
        <source>Choose at least one indicator to compare on.</source>
        <translation>Выберите хотя бы один показатель для сравнения.</translation>
    </message>
    <message>
        <source>Countries like %1</source>
        <translation>Страны, похожие на %1</translation>
    </message>
    <message>
        <source>Who %1 could learn from about %2</source>
        <translation>У кого %1 могла бы поучиться в области «%2»</translation>
    </message>
    <message>
        <source>Looking for teachers…</source>
        <translation>Поиск наставников…</translation>
    </message>
    <message>
        <source>Latest values of %1. %2</source>
        <translation>Последние значения за %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) could share experience</source>
        <translation>
            <numerusform>%n страна могла бы поделиться опытом</numerusform>
            <numerusform>%n страны могли бы поделиться опытом</numerusform>
            <numerusform>%n стран могли бы поделиться опытом</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider found for that sector.</source>
        <translation>Для этой отрасли поставщик не найден.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Administrator PIN</source>
        <translation>PIN-код администратора</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>← All countries</source>
        <translation>← Все страны</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>Печать справки…</translation>
    </message>
    <message>
        <source>Save brief as PDF…</source>
        <translation>Сохранить справку в PDF…</translation>
    </message>
    <message>
        <source>Compare with peers</source>
        <translation>Сравнить с аналогами</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year, FY89 to today</source>
        <translation>Группа по доходу Всемирного банка по финансовым годам, с FY89 по сей день</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>No data: the World Development Indicators have no figures for it.</source>
        <translation>Нет данных: в World Development Indicators нет цифр по этой стране.</translation>
    </message>
    <message>
        <source>Cooperation as provider</source>
        <translation>Сотрудничество в роли поставщика</translation>
    </message>
    <message>
        <source>Cooperation as recipient</source>
        <translation>Сотрудничество в роли получателя</translation>
    </message>
    <message>
        <source>Trade with developing economies</source>
        <translation>Торговля с развивающимися экономиками</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>In the brief</source>
        <translation>В докладе</translation>
    </message>
</context>
<context>
    <name>QueryHelpPopup</name>
    <message>
        <source>How to search</source>
        <translation>Как искать</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Update the data</source>
        <translation>Обновить данные</translation>
    </message>
    <message>
        <source>Updating the data</source>
        <translation>Обновление данных</translation>
    </message>
    <message>
        <source>From: %1
Into: %2</source>
        <translation>Откуда: %1
Куда: %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Прошло: %1</translation>
    </message>
    <message>
        <source>%1 countries · %2 initiatives · %3 datasets</source>
        <translation>стран: %1 · инициатив: %2 · наборов данных: %3</translation>
    </message>
    <message>
        <source>The data are updated.</source>
        <translation>Данные обновлены.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <source>The update failed — your previous data is unchanged.</source>
        <translation>Обновление не удалось — прежние данные не изменились.</translation>
    </message>
    <message>
        <source>Cancelled — your previous data is unchanged.</source>
        <translation>Отменено — прежние данные не изменились.</translation>
    </message>
    <message>
        <source>Choose the folder with the data sources</source>
        <translation>Выберите папку с источниками данных</translation>
    </message>
    <message>
        <source>&amp;Update Data from a Folder…</source>
        <translation>&amp;Обновить данные из папки…</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Что-то пошло не так; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <source>(every initiative)</source>
        <translation>(все инициативы)</translation>
    </message>
    <message>
        <source>Name, e.g. Microfinance in South-East Asia</source>
        <translation>Название, например «Микрофинансы в Юго-Восточной Азии»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранённые</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved search(es)</source>
        <translation>
            <numerusform>%Ln сохранённый поиск</numerusform>
            <numerusform>%Ln сохранённых поиска</numerusform>
            <numerusform>%Ln сохранённых поисков</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать сохранённые поиски: %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Best match</source>
        <translation>Лучшее совпадение</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Название А–Я</translation>
    </message>
    <message>
        <source>Search initiatives: microfinance recipient:PHL, provider:Brazil health…</source>
        <translation>Поиск инициатив: microfinance recipient:PHL, provider:Brazil health…</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Порядок результатов</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Сохранённые запросы…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Who learned from Brazil?</source>
        <translation>Кто учился у Бразилии?</translation>
    </message>
    <message>
        <source>Who trains engineers?</source>
        <translation>Кто готовит инженеров?</translation>
    </message>
    <message>
        <source>What did Japan support?</source>
        <translation>Что поддержала Япония?</translation>
    </message>
    <message>
        <source>Microfinance</source>
        <translation>Микрофинансы</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 помогла стране %2</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) found</source>
        <translation>
            <numerusform>Найдена %n инициатива</numerusform>
            <numerusform>Найдено %n инициативы</numerusform>
            <numerusform>Найдено %n инициатив</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a country, a topic or a word…</source>
        <translation>Введите страну, тему или слово…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ К результатам</translation>
    </message>
    <message>
        <source>Try a question</source>
        <translation>Попробуйте вопрос</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <source>linear: zero or negative values</source>
        <translation>линейная: нулевые или отрицательные значения</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>нет данных: %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <source>Every figure in Exchange Explorer comes from one of these public datasets. Select one to read its citation, licence and caveats.</source>
        <translation>Каждая цифра в Exchange Explorer взята из одного из этих открытых наборов данных. Выберите набор, чтобы прочитать ссылку на него, лицензию и оговорки.</translation>
    </message>
    <message>
        <source>Filter by name, publisher, licence…</source>
        <translation>Фильтр по названию, издателю, лицензии…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>Это ошибка программы; подробности в журнале.</translation>
    </message>
    <message>
        <source>The data sources could not be read: %1</source>
        <translation>Не удалось прочитать источники данных: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n набор данных</numerusform>
            <numerusform>%n набора данных</numerusform>
            <numerusform>%n наборов данных</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: this database lists no datasets.</source>
        <translation>Нет данных: в этой базе не указано ни одного набора данных.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>No initiatives match: %1</source>
        <translation>Инициатив не найдено: %1</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Год начала</translation>
    </message>
    <message>
        <source>no initiatives</source>
        <translation>нет инициатив</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <source>  ·  swipe to see more</source>
        <translation>  ·  проведите, чтобы увидеть больше</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>No stories in this database yet.</source>
        <translation>В этой базе данных пока нет историй.</translation>
    </message>
    <message>
        <source>A case of South-South learning</source>
        <translation>Пример обучения Юг–Юг</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 помогла стране %2</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>Что говорилось в докладе</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (со ссылкой на %2)</translation>
    </message>
    <message>
        <source>What the IMF and World Bank data say: %1 in %2</source>
        <translation>Что говорят данные МВФ и Всемирного банка: %1 в %2 г.</translation>
    </message>
    <message>
        <source>Our data hold no comparable figure.</source>
        <translation>В наших данных нет сопоставимой цифры.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Источник: %1, %2</translation>
    </message>
    <message>
        <source>Help from %1</source>
        <translation>Помощь от %1</translation>
    </message>
    <message>
        <source>Help for %1</source>
        <translation>Помощь для %1</translation>
    </message>
</context>
<context>
    <name>TeacherModel</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Country or group code</source>
        <translation>Код страны или группы</translation>
    </message>
    <message>
        <source>BRA, G77, ASEAN, AU, SSF…</source>
        <translation>BRA, G77, ASEAN, AU, SSF…</translation>
    </message>
    <message>
        <source>Partner country code</source>
        <translation>Код страны-партнёра</translation>
    </message>
    <message>
        <source>Year of the partner and region charts</source>
        <translation>Год для диаграмм по партнёрам и регионам</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Country or group:</source>
        <translation>Страна или группа:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Партнёр:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>South-South share</source>
        <translation>Доля Юг–Юг</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>Доклад и данные</translation>
    </message>
    <message>
        <source>Top partners</source>
        <translation>Основные партнёры</translation>
    </message>
    <message>
        <source>Pair (both reports)</source>
        <translation>Пара (данные обеих сторон)</translation>
    </message>
    <message>
        <source>Between regions</source>
        <translation>Между регионами</translation>
    </message>
    <message>
        <source>Trade between developing economies</source>
        <translation>Торговля между развивающимися экономиками</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not load trade: %1</source>
        <translation>Не удалось загрузить данные о торговле: %1</translation>
    </message>
</context>
<context>
    <name>YearPlayer</name>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation>Показать по годам</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>no years</source>
        <translation>нет лет</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
</TS>
