<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Exchange Explorer</source>
        <translation>关于 Exchange Explorer</translation>
    </message>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>South-South cooperation, offline: who learns from whom, and what the public data say.</source>
        <translation>离线浏览南南合作：谁向谁学习，公开数据说明了什么。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Data built:</source>
        <translation>数据生成时间：</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
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
        <translation>发展中国家相互学习</translation>
    </message>
    <message>
        <source>Touch to explore</source>
        <translation>轻触屏幕开始探索</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>无数据：%1 在此来源中没有数值。</translation>
    </message>
</context>
<context>
    <name>BubbleChart</name>
    <message>
        <source>Size: %1. Colour: %2.</source>
        <translation>大小：%1。颜色：%2。</translation>
    </message>
    <message>
        <source>No year has both %1 and %2.</source>
        <translation>没有哪一年同时有 %1 和 %2 的数据。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>BubblesPage</name>
    <message>
        <source>Horizontal:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>纵轴：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>收入组别</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>横轴使用对数刻度</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>纵轴使用对数刻度</translation>
    </message>
    <message>
        <source>Countries over time</source>
        <translation>各国的历年变化</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the chart: %1</source>
        <translation>无法加载图表：%1</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>来源：%1，%2</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show table</source>
        <translation>显示表格</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare countries</source>
        <translation>比较国家</translation>
    </message>
    <message>
        <source>base year </source>
        <translation>基年 </translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>这是程序错误；请查看日志。</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>无法进行比较：%1</translation>
    </message>
    <message>
        <source>Suggesting countries like %1…</source>
        <translation>正在推荐与 %1 相似的国家…</translation>
    </message>
    <message>
        <source>Pick at least two countries and one indicator.</source>
        <translation>请至少选择两个国家和一个指标。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CooperationPage</name>
    <message>
        <source>Sector:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Over time by modality</source>
        <translation>按方式的历年变化</translation>
    </message>
    <message>
        <source>Over time by sector</source>
        <translation>按领域的历年变化</translation>
    </message>
    <message>
        <source>By region pair</source>
        <translation>按地区对</translation>
    </message>
    <message>
        <source>Initiatives behind the selected link</source>
        <translation>所选连线涉及的合作项目</translation>
    </message>
    <message>
        <source>Who cooperates with whom</source>
        <translation>谁与谁合作</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load cooperation: %1</source>
        <translation>无法加载合作数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) behind this link:</source>
        <translation>
            <numerusform>此连线涉及 %n 个合作项目：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Search a name in any language: Brasil, 巴西, البرازيل…</source>
        <translation>可用任何语言搜索名称：Brasil、巴西、البرازيل…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>这是程序错误；请查看日志。</translation>
    </message>
    <message>
        <source>The countries could not be read: %1</source>
        <translation>无法读取国家：%1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>All income groups</source>
        <translation>所有收入组别</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>任意组别</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>按名称排序</translation>
    </message>
    <message>
        <source>No country matches these filters.</source>
        <translation>没有符合这些筛选条件的国家。</translation>
    </message>
    <message>
        <source>%1 of %2 countries</source>
        <translation>%1 / %2 个国家</translation>
    </message>
    <message>
        <source>No such country.</source>
        <translation>没有这个国家。</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Latest (year), trend</source>
        <translation>最新值（年份）、趋势</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>历年变化</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>地区内排名</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>收入组别内排名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Country brief · Exchange Explorer</source>
        <translation>国家概况 · Exchange Explorer</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>Share of exports going to developing economies (%)</source>
        <translation>出口至发展中经济体的比例（%）</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students</source>
        <translation>入境国际流动学生</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>来源与许可</translation>
    </message>
    <message>
        <source>Save country brief</source>
        <translation>保存国家概况</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print country brief</source>
        <translation>打印国家概况</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year</source>
        <translation>按财政年度划分的世界银行收入组别</translation>
    </message>
    <message>
        <source>%1: country brief</source>
        <translation>%1：国家概况</translation>
    </message>
    <message numerus="yes">
        <source>As provider: %n initiative(s)</source>
        <translation>
            <numerusform>作为提供方：%n 个合作项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As recipient: %n initiative(s)</source>
        <translation>
            <numerusform>作为受援方：%n 个合作项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无地区</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>简报将 %1 列为技术合作提供方之一。</translation>
    </message>
    <message>
        <source>Case in the brief: %1</source>
        <translation>简报中的案例：%1</translation>
    </message>
    <message>
        <source>Trade: %1</source>
        <translation>贸易：%1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>入境学生：%1</translation>
    </message>
    <message>
        <source>Its students go to: %1</source>
        <translation>其学生前往：%1</translation>
    </message>
    <message>
        <source>Its students come from: %1</source>
        <translation>其学生来自：%1</translation>
    </message>
    <message>
        <source>Sectors: %1. Partners: %2.</source>
        <translation>领域：%1。伙伴：%2。</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>%2 年，%1 的出口流向发展中经济体。</translation>
    </message>
    <message>
        <source>Top partners in %1 (exports plus imports, US$ millions): %2</source>
        <translation>%1 年主要伙伴（出口加进口，百万美元）：%2</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>入境国际流动学生：%1（%2）</translation>
    </message>
</context>
<context>
    <name>CountryFormat</name>
    <message>
        <source>Low income</source>
        <translation>低收入</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>中等偏下收入</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>中等偏上收入</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>高收入</translation>
    </message>
    <message>
        <source>%1 tn</source>
        <translation>%1万亿</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1十亿</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1百万</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 / 共 %2</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>自 %3 年以来 %1 %2</translation>
    </message>
</context>
<context>
    <name>CountryListModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>收入组别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无地区</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Add a country (any language)…</source>
        <translation>添加国家（任何语言）…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>CountrySections</name>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n 个合作项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Where its students come from (%1):</source>
        <translation>其学生来源地（%1）：</translation>
    </message>
    <message>
        <source>The brief does not list %1 as a provider.</source>
        <translation>简报未将 %1 列为提供方。</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无地区</translation>
    </message>
    <message>
        <source>No initiatives recorded in this role.</source>
        <translation>没有以此角色记录的合作项目。</translation>
    </message>
    <message>
        <source>Top partners, %1 (US$ millions, exports / imports):</source>
        <translation>主要伙伴，%1（百万美元，出口 / 进口）：</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>None of the brief&apos;s cases involves it.</source>
        <translation>简报中的案例均不涉及该国。</translation>
    </message>
    <message>
        <source>%1 (joined %2)</source>
        <translation>%1（%2 年加入）</translation>
    </message>
    <message>
        <source>No trade data: %1</source>
        <translation>无贸易数据：%1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>入境学生：%1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>简报将 %1 列为技术合作提供方之一。</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>By sector:</source>
        <translation>按领域：</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>伙伴：</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>%2 年，%1 的出口流向发展中经济体。</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>入境国际流动学生：%1（%2）</translation>
    </message>
    <message>
        <source>Where its students go (%1):</source>
        <translation>其学生去向（%1）：</translation>
    </message>
</context>
<context>
    <name>DataVintageLabel</name>
    <message>
        <source>Data built %1</source>
        <translation>数据生成于 %1</translation>
    </message>
    <message>
        <source>Build date unknown</source>
        <translation>生成日期未知</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 个国家</translation>
    </message>
    <message>
        <source>%1 initiatives</source>
        <translation>%1 个合作项目</translation>
    </message>
    <message>
        <source>%1 datasets</source>
        <translation>%1 个数据集</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Data unavailable</source>
        <translation>数据不可用</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The data file could not be read.</source>
        <translation>无法读取数据文件。</translation>
    </message>
    <message>
        <source>The data file is missing. It may not have been installed, or it was moved.</source>
        <translation>找不到数据文件。可能未安装，或已被移动。</translation>
    </message>
    <message>
        <source>The data file is damaged, or it is not an Exchange Explorer database.</source>
        <translation>数据文件已损坏，或不是 Exchange Explorer 数据库。</translation>
    </message>
    <message>
        <source>The data file was not made by this version of Exchange Explorer.</source>
        <translation>数据文件不是由此版本的 Exchange Explorer 生成的。</translation>
    </message>
    <message>
        <source>The data file is in use by another program.</source>
        <translation>数据文件正被其他程序使用。</translation>
    </message>
    <message>
        <source>You are not allowed to read the data file.</source>
        <translation>您无权读取数据文件。</translation>
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
        <translation>无法打开数据</translation>
    </message>
    <message>
        <source>File: %1
Details: %2</source>
        <translation>文件：%1
详细信息：%2</translation>
    </message>
    <message>
        <source>You can rebuild the data from a folder of sources (for example on a USB stick), or open another copy of the database file.</source>
        <translation>您可以从数据源文件夹（例如 U 盘中）重新生成数据，或打开数据库文件的另一副本。</translation>
    </message>
    <message>
        <source>Rebuild from a sources folder…</source>
        <translation>从数据源文件夹重新生成…</translation>
    </message>
    <message>
        <source>Choose a database file…</source>
        <translation>选择数据库文件…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>That file cannot be used: %1 Choose another file, or rebuild.</source>
        <translation>无法使用该文件：%1 请选择其他文件，或重新生成。</translation>
    </message>
</context>
<context>
    <name>DatasetDetail</name>
    <message>
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖范围</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>导入行数</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>未选择数据集</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖范围</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>This search has %1 results; the first %2 will be exported.</source>
        <translation>此搜索有 %1 条结果；将导出前 %2 条。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>正在导出结果…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>没有可导出的结果。</translation>
    </message>
</context>
<context>
    <name>FacetTreeModel</name>
    <message>
        <source>Show fewer</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>%1 more…</source>
        <translation>还有 %1 项…</translation>
    </message>
    <message>
        <source>Only the %1 most frequent are listed</source>
        <translation>仅列出最常见的 %1 项</translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation>将 %1 加入搜索</translation>
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
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>排除 %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 年起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1 年</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>移除筛选条件 %1</translation>
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
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>简报所述</translation>
    </message>
    <message>
        <source>What our data say</source>
        <translation>我们的数据显示</translation>
    </message>
    <message>
        <source>No comparable series in the data.</source>
        <translation>数据中没有可比较的序列。</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>来源：%1，%2</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1（引自 %2）</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 年：%1</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <source>No data for %1.</source>
        <translation>%1 无数据。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
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
        <translation>搜索方法：词语、短语、筛选条件（如 provider:BRA）</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>搜索帮助</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>South-South cooperation at a glance</source>
        <translation>南南合作概览</translation>
    </message>
    <message>
        <source>Developing countries learning from each other: what the founding brief reported, next to what public data say.</source>
        <translation>发展中国家相互学习：奠基简报所述内容，与公开数据所示情况并列呈现。</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>简报与数据</translation>
    </message>
    <message>
        <source>Cases from the brief</source>
        <translation>简报中的案例</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>这是程序错误；详细信息见日志。</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>无法读取数据。</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>This database holds no headline figures.</source>
        <translation>此数据库中没有关键数字。</translation>
    </message>
    <message>
        <source>This database holds no cases from the brief.</source>
        <translation>此数据库中没有简报案例。</translation>
    </message>
    <message numerus="yes">
        <source>countries and territories</source>
        <translation>
            <numerusform>个国家和地区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cooperation initiatives</source>
        <translation>
            <numerusform>项合作项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source datasets</source>
        <translation>
            <numerusform>个来源数据集</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted in this database, built %1.</source>
        <translation>按本数据库统计，生成于 %1。</translation>
    </message>
    <message>
        <source>Counted in this database (build date unknown).</source>
        <translation>按本数据库统计（生成日期未知）。</translation>
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
        <translation>%1 美元</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPane</name>
    <message>
        <source>Select an initiative to read the whole record.</source>
        <translation>选择一个合作项目以阅读完整记录。</translation>
    </message>
    <message>
        <source>Original language: %1 — shown as the source wrote it</source>
        <translation>原文语言：%1 — 按来源原文显示</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Links (copy them to open when online)</source>
        <translation>链接（复制后可在联网时打开）</translation>
    </message>
    <message>
        <source>Related initiatives</source>
        <translation>相关合作项目</translation>
    </message>
    <message>
        <source>Looking for related initiatives…</source>
        <translation>正在查找相关合作项目…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受援方</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>其他参与方</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>In the source: %1</source>
        <translation>来源中：%1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Record %1 of dataset “%2”</source>
        <translation>数据集“%2”中的第 %1 条记录</translation>
    </message>
    <message>
        <source>None share its sectors and partners.</source>
        <translation>没有合作项目与其领域和伙伴相同。</translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Experts sent</source>
        <translation>派遣专家</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>考察访问</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>技术援助</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交流</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>实物</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受援方</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>出资方</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>实施方</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>协调方</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受援方</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>集团</translation>
    </message>
    <message>
        <source>Sectors and themes</source>
        <translation>领域和主题</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>年代</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>集团</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>包含</translation>
    </message>
</context>
<context>
    <name>InitiativeListModel</name>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受援方</translation>
    </message>
    <message>
        <source>Sector / theme</source>
        <translation>领域 / 主题</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Rebuild the database (exchange-explorer build-db) to search words again.</source>
        <translation>请重新生成数据库（exchange-explorer build-db）以恢复词语搜索。</translation>
    </message>
    <message>
        <source>No initiative to show.</source>
        <translation>没有可显示的合作项目。</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>这是程序错误；详细信息见日志。</translation>
    </message>
    <message>
        <source>The initiatives could not be read.</source>
        <translation>无法读取合作项目。</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>无法读取此记录：%1</translation>
    </message>
    <message>
        <source>This initiative is no longer in the database.</source>
        <translation>此合作项目已不在数据库中。</translation>
    </message>
    <message>
        <source>No initiatives match this search.</source>
        <translation>没有符合此搜索的合作项目。</translation>
    </message>
    <message>
        <source>too many to rank by relevance; newest records first</source>
        <translation>结果过多，无法按相关度排序；最新记录在前</translation>
    </message>
    <message>
        <source>No initiatives match.</source>
        <translation>没有符合条件的合作项目。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln 个合作项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or try a word&apos;s beginning with * (agri*). Click ? for how to search.</source>
        <translation>请检查拼写、减少词语，或用词首加 * 搜索（agri*）。点击 ? 查看搜索方法。</translation>
    </message>
    <message>
        <source>best match first</source>
        <translation>最佳匹配在前</translation>
    </message>
    <message>
        <source>newest records first</source>
        <translation>最新记录在前</translation>
    </message>
    <message>
        <source>This database holds no initiatives.</source>
        <translation>此数据库中没有合作项目。</translation>
    </message>
    <message>
        <source>Build the database from the public sources (exchange-explorer build-db).</source>
        <translation>请用公开来源生成数据库（exchange-explorer build-db）。</translation>
    </message>
    <message>
        <source>%1–%2 of %3 shown</source>
        <translation>显示第 %1–%2 项，共 %3 项</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Try removing a filter (click its ✕ above): %1.</source>
        <translation>请尝试移除一个筛选条件（点击上方的 ✕）：%1。</translation>
    </message>
</context>
<context>
    <name>KeyIndicatorModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Latest (year)</source>
        <translation>最新值（年份）</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>历年变化</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>地区内排名</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>收入组别内排名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Among countries of %1 with a value in %2</source>
        <translation>在 %1 中 %2 年有数值的国家中</translation>
    </message>
    <message>
        <source>Among %1 countries with a value in %2</source>
        <translation>在“%1”组别中 %2 年有数值的国家中</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Stories</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a minute.</source>
        <translation>尝试次数过多。请一分钟后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>无数据：%1 在此来源中没有数值。</translation>
    </message>
    <message>
        <source>Stars: published figures; source: %1.</source>
        <translation>星号：已公布数字；来源：%1。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
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
        <translation>数据库问题：%1</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>出现问题；详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>MapChart</name>
    <message>
        <source>No data: no country has a value for %1.</source>
        <translation>无数据：没有国家有 %1 的数值。</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation>（对数刻度）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Measure shown on the map</source>
        <translation>地图上显示的指标</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>世界地图</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the map: %1</source>
        <translation>无法加载地图：%1</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Share of developing economies&apos; exports that go to developing economies</source>
        <translation>发展中经济体出口中流向发展中经济体的比例</translation>
    </message>
    <message>
        <source>Exports among developing economies, as a share of world exports</source>
        <translation>发展中经济体之间的出口占世界出口的比例</translation>
    </message>
    <message>
        <source>Average yearly growth of exports among developing economies, over 5 years</source>
        <translation>发展中经济体之间出口的5年年均增长率</translation>
    </message>
    <message>
        <source>China&apos;s R&amp;D spending as a percentage of Japan&apos;s, at purchasing power parity</source>
        <translation>按购买力平价计算，中国研发支出相当于日本的百分比</translation>
    </message>
    <message>
        <source>African countries whose real GDP grew more than 5% in the year</source>
        <translation>当年实际GDP增长超过5%的非洲国家</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Some pages show the new language after a restart.</source>
        <translation>部分页面需重新启动后才会显示新语言。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>数据来源(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Exchange Explorer</source>
        <translation>关于 Exchange Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退 (Alt+左)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进 (Alt+右)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>NetworkChart</name>
    <message>
        <source>No initiatives with a known provider and recipient match these filters.</source>
        <translation>没有提供方和受援方均已知且符合这些筛选条件的合作项目。</translation>
    </message>
    <message>
        <source>provides more than it receives</source>
        <translation>提供多于接受</translation>
    </message>
    <message>
        <source>receives more (or as much)</source>
        <translation>接受多于（或等于）提供</translation>
    </message>
    <message>
        <source>Countries (size: initiatives)</source>
        <translation>国家（大小：合作项目数）</translation>
    </message>
    <message>
        <source>%1: provided %2, received %3 initiatives</source>
        <translation>%1：提供 %2 个、接受 %3 个合作项目</translation>
    </message>
    <message>
        <source>%1 → %2: %3 initiatives</source>
        <translation>%1 → %2：%3 个合作项目</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>气泡图</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>相似国家</translation>
    </message>
</context>
<context>
    <name>PeerModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Peers and teachers</source>
        <translation>相似国家与可借鉴国家</translation>
    </message>
    <message>
        <source>A sector: health, agriculture, 120…</source>
        <translation>领域：卫生、农业、120…</translation>
    </message>
    <message>
        <source>Who could it learn from?</source>
        <translation>可以向谁学习？</translation>
    </message>
    <message>
        <source>Double-click an initiative to open it</source>
        <translation>双击合作项目即可打开</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>这是程序错误；请查看日志。</translation>
    </message>
    <message>
        <source>Peers could not be found: %1</source>
        <translation>无法找到相似国家：%1</translation>
    </message>
    <message>
        <source>Who could it learn from? Type a sector and ask.</source>
        <translation>可以向谁学习？输入一个领域后查询。</translation>
    </message>
    <message>
        <source>Choose at least one indicator to compare on.</source>
        <translation>请至少选择一个用于比较的指标。</translation>
    </message>
    <message>
        <source>Countries like %1</source>
        <translation>与 %1 相似的国家</translation>
    </message>
    <message>
        <source>Who %1 could learn from about %2</source>
        <translation>%1 在 %2 领域可以向谁学习</translation>
    </message>
    <message>
        <source>Looking for teachers…</source>
        <translation>正在查找可借鉴国家…</translation>
    </message>
    <message>
        <source>Latest values of %1. %2</source>
        <translation>%1 期间的最新值。%2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) could share experience</source>
        <translation>
            <numerusform>%n 个国家可以分享经验</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider found for that sector.</source>
        <translation>未找到该领域的提供方。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Administrator PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>← All countries</source>
        <translation>← 所有国家</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>打印概况…</translation>
    </message>
    <message>
        <source>Save brief as PDF…</source>
        <translation>将概况保存为 PDF…</translation>
    </message>
    <message>
        <source>Compare with peers</source>
        <translation>与相似国家比较</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year, FY89 to today</source>
        <translation>按财政年度划分的世界银行收入组别，FY89 至今</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>No data: the World Development Indicators have no figures for it.</source>
        <translation>无数据：World Development Indicators 中没有该国的数字。</translation>
    </message>
    <message>
        <source>Cooperation as provider</source>
        <translation>作为提供方的合作</translation>
    </message>
    <message>
        <source>Cooperation as recipient</source>
        <translation>作为受援方的合作</translation>
    </message>
    <message>
        <source>Trade with developing economies</source>
        <translation>与发展中经济体的贸易</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>In the brief</source>
        <translation>简报中</translation>
    </message>
</context>
<context>
    <name>QueryHelpPopup</name>
    <message>
        <source>How to search</source>
        <translation>搜索方法</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Update the data</source>
        <translation>更新数据</translation>
    </message>
    <message>
        <source>Updating the data</source>
        <translation>正在更新数据</translation>
    </message>
    <message>
        <source>From: %1
Into: %2</source>
        <translation>来源：%1
写入：%2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>已用时间：%1</translation>
    </message>
    <message>
        <source>%1 countries · %2 initiatives · %3 datasets</source>
        <translation>%1 个国家 · %2 个合作项目 · %3 个数据集</translation>
    </message>
    <message>
        <source>The data are updated.</source>
        <translation>数据已更新。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>The update failed — your previous data is unchanged.</source>
        <translation>更新失败——您之前的数据保持不变。</translation>
    </message>
    <message>
        <source>Cancelled — your previous data is unchanged.</source>
        <translation>已取消——您之前的数据保持不变。</translation>
    </message>
    <message>
        <source>Choose the folder with the data sources</source>
        <translation>选择包含数据源的文件夹</translation>
    </message>
    <message>
        <source>&amp;Update Data from a Folder…</source>
        <translation>从文件夹更新数据(&amp;U)…</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>出现问题；详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>保存此搜索</translation>
    </message>
    <message>
        <source>(every initiative)</source>
        <translation>（全部合作项目）</translation>
    </message>
    <message>
        <source>Name, e.g. Microfinance in South-East Asia</source>
        <translation>名称，例如：东南亚小额信贷</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved search(es)</source>
        <translation>
            <numerusform>%Ln 个已保存的搜索</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches could not be read or written: %1</source>
        <translation>无法读取或写入已保存的搜索：%1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Best match</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>标题 A–Z</translation>
    </message>
    <message>
        <source>Search initiatives: microfinance recipient:PHL, provider:Brazil health…</source>
        <translation>搜索合作项目：microfinance recipient:PHL, provider:Brazil health…</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>结果排序</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>已保存的搜索…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Who learned from Brazil?</source>
        <translation>谁向巴西学习过？</translation>
    </message>
    <message>
        <source>Who trains engineers?</source>
        <translation>谁在培训工程师？</translation>
    </message>
    <message>
        <source>What did Japan support?</source>
        <translation>日本支持了什么？</translation>
    </message>
    <message>
        <source>Microfinance</source>
        <translation>小额信贷</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 帮助了 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) found</source>
        <translation>
            <numerusform>找到 %n 个合作项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a country, a topic or a word…</source>
        <translation>输入国家、主题或词语…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ 返回结果</translation>
    </message>
    <message>
        <source>Try a question</source>
        <translation>试试这些问题</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <source>linear: zero or negative values</source>
        <translation>线性刻度：有零或负值</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>无数据：%1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Every figure in Exchange Explorer comes from one of these public datasets. Select one to read its citation, licence and caveats.</source>
        <translation>Exchange Explorer 中的每个数字都来自以下公开数据集之一。选择一个即可查看其引用方式、许可和注意事项。</translation>
    </message>
    <message>
        <source>Filter by name, publisher, licence…</source>
        <translation>按名称、发布者、许可筛选…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>这是程序错误；详细信息见日志。</translation>
    </message>
    <message>
        <source>The data sources could not be read: %1</source>
        <translation>无法读取数据来源：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n 个数据集</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: this database lists no datasets.</source>
        <translation>无数据：此数据库未列出任何数据集。</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>No initiatives match: %1</source>
        <translation>没有符合条件的合作项目：%1</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>开始年份</translation>
    </message>
    <message>
        <source>no initiatives</source>
        <translation>无合作项目</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一个</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一个 ›</translation>
    </message>
    <message>
        <source>  ·  swipe to see more</source>
        <translation>  ·  滑动查看更多</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>No stories in this database yet.</source>
        <translation>此数据库中还没有故事。</translation>
    </message>
    <message>
        <source>A case of South-South learning</source>
        <translation>南南互学案例</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>%1 帮助了 %2</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>简报所述</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1（引自 %2）</translation>
    </message>
    <message>
        <source>What the IMF and World Bank data say: %1 in %2</source>
        <translation>国际货币基金组织和世界银行的数据显示：%2 年为 %1</translation>
    </message>
    <message>
        <source>Our data hold no comparable figure.</source>
        <translation>我们的数据中没有可比较的数字。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>来源：%1，%2</translation>
    </message>
    <message>
        <source>Help from %1</source>
        <translation>来自%1的帮助</translation>
    </message>
    <message>
        <source>Help for %1</source>
        <translation>对%1的帮助</translation>
    </message>
</context>
<context>
    <name>TeacherModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Country or group code</source>
        <translation>国家或组别代码</translation>
    </message>
    <message>
        <source>BRA, G77, ASEAN, AU, SSF…</source>
        <translation>BRA, G77, ASEAN, AU, SSF…</translation>
    </message>
    <message>
        <source>Partner country code</source>
        <translation>伙伴国家代码</translation>
    </message>
    <message>
        <source>Year of the partner and region charts</source>
        <translation>伙伴和地区图表的年份</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Country or group:</source>
        <translation>国家或组别：</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>伙伴：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>South-South share</source>
        <translation>南南贸易占比</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>简报与数据</translation>
    </message>
    <message>
        <source>Top partners</source>
        <translation>主要伙伴</translation>
    </message>
    <message>
        <source>Pair (both reports)</source>
        <translation>双边（双方申报）</translation>
    </message>
    <message>
        <source>Between regions</source>
        <translation>地区之间</translation>
    </message>
    <message>
        <source>Trade between developing economies</source>
        <translation>发展中经济体之间的贸易</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load trade: %1</source>
        <translation>无法加载贸易数据：%1</translation>
    </message>
</context>
<context>
    <name>YearPlayer</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation>逐年播放</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>no years</source>
        <translation>无年份</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
</TS>
