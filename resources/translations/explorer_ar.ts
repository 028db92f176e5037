<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Exchange Explorer</source>
        <translation>حول Exchange Explorer</translation>
    </message>
    <message>
        <source>Exchange Explorer</source>
        <translation>Exchange Explorer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>South-South cooperation, offline: who learns from whom, and what the public data say.</source>
        <translation>التعاون بين بلدان الجنوب دون اتصال بالإنترنت: من يتعلم ممن، وماذا تقول البيانات العامة.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Data built:</source>
        <translation>تاريخ بناء البيانات:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>تعذّرت قراءة البيانات: %1</translation>
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
        <translation>بلدان نامية يتعلم بعضها من بعض</translation>
    </message>
    <message>
        <source>Touch to explore</source>
        <translation>المس الشاشة للاستكشاف</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>لا توجد بيانات: ليست لـ %1 قيم في هذا المصدر.</translation>
    </message>
</context>
<context>
    <name>BubbleChart</name>
    <message>
        <source>Size: %1. Colour: %2.</source>
        <translation>الحجم: %1. اللون: %2.</translation>
    </message>
    <message>
        <source>No year has both %1 and %2.</source>
        <translation>لا توجد سنة تتوفر فيها %1 و%2 معًا.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
</context>
<context>
    <name>BubblesPage</name>
    <message>
        <source>Horizontal:</source>
        <translation>الأفقي:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>الرأسي:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>فئة الدخل</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>محور أفقي لوغاريتمي</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>محور رأسي لوغاريتمي</translation>
    </message>
    <message>
        <source>Countries over time</source>
        <translation>البلدان عبر الزمن</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not load the chart: %1</source>
        <translation>تعذّر تحميل الرسم البياني: %1</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>المصدر: %1، %2</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show table</source>
        <translation>عرض الجدول</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>وضع العرض</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>عرض الرسم البياني</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg);;جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <source>No data</source>
        <translation>لا توجد بيانات</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare countries</source>
        <translation>مقارنة البلدان</translation>
    </message>
    <message>
        <source>base year </source>
        <translation>سنة الأساس </translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>مقياس لوغاريتمي</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>تصدير الجدول…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>تصدير الرسوم البيانية…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>هذا خلل في البرنامج؛ راجع السجل.</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>تعذّر إجراء المقارنة: %1</translation>
    </message>
    <message>
        <source>Suggesting countries like %1…</source>
        <translation>جارٍ اقتراح بلدان مشابهة لـ %1…</translation>
    </message>
    <message>
        <source>Pick at least two countries and one indicator.</source>
        <translation>اختر بلدين على الأقل ومؤشرًا واحدًا.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>تصدير الجدول</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>تصدير الرسوم البيانية</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
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
        <translation>القطاع:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Over time by modality</source>
        <translation>التطور حسب الطريقة</translation>
    </message>
    <message>
        <source>Over time by sector</source>
        <translation>التطور حسب القطاع</translation>
    </message>
    <message>
        <source>By region pair</source>
        <translation>حسب زوج المناطق</translation>
    </message>
    <message>
        <source>Initiatives behind the selected link</source>
        <translation>المبادرات وراء الرابط المحدد</translation>
    </message>
    <message>
        <source>Who cooperates with whom</source>
        <translation>من يتعاون مع من</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not load cooperation: %1</source>
        <translation>تعذّر تحميل بيانات التعاون: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) behind this link:</source>
        <translation>
            <numerusform>لا توجد مبادرات وراء هذا الرابط:</numerusform>
            <numerusform>مبادرة واحدة وراء هذا الرابط:</numerusform>
            <numerusform>مبادرتان وراء هذا الرابط:</numerusform>
            <numerusform>%n مبادرات وراء هذا الرابط:</numerusform>
            <numerusform>%n مبادرة وراء هذا الرابط:</numerusform>
            <numerusform>%n مبادرة وراء هذا الرابط:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>ستبدأ من جديد الآن.</numerusform>
            <numerusform>ستبدأ من جديد خلال ثانية واحدة.</numerusform>
            <numerusform>ستبدأ من جديد خلال ثانيتين.</numerusform>
            <numerusform>ستبدأ من جديد خلال %n ثوانٍ.</numerusform>
            <numerusform>ستبدأ من جديد خلال %n ثانية.</numerusform>
            <numerusform>ستبدأ من جديد خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Search a name in any language: Brasil, 巴西, البرازيل…</source>
        <translation>ابحث عن اسم بأي لغة: Brasil، 巴西، البرازيل…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>هذا خلل في البرنامج؛ راجع السجل.</translation>
    </message>
    <message>
        <source>The countries could not be read: %1</source>
        <translation>تعذّرت قراءة البلدان: %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <source>All income groups</source>
        <translation>جميع فئات الدخل</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>أي مجموعة</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>الترتيب حسب الاسم</translation>
    </message>
    <message>
        <source>No country matches these filters.</source>
        <translation>لا يوجد بلد يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>%1 of %2 countries</source>
        <translation>%1 من %2 بلدًا</translation>
    </message>
    <message>
        <source>No such country.</source>
        <translation>لا يوجد بلد بهذا الاسم.</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Latest (year), trend</source>
        <translation>آخر قيمة (السنة)، الاتجاه</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>التطور عبر الزمن</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>الترتيب في المنطقة</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>الترتيب في فئة الدخل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Country brief · Exchange Explorer</source>
        <translation>ملف البلد · Exchange Explorer</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>المؤشرات الرئيسية</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>التجارة</translation>
    </message>
    <message>
        <source>Share of exports going to developing economies (%)</source>
        <translation>حصة الصادرات المتجهة إلى الاقتصادات النامية (%)</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>التعاون</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students</source>
        <translation>الطلاب الدوليون الوافدون</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>المصادر والتراخيص</translation>
    </message>
    <message>
        <source>Save country brief</source>
        <translation>حفظ ملف البلد</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print country brief</source>
        <translation>طباعة ملف البلد</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year</source>
        <translation>فئة الدخل حسب البنك الدولي لكل سنة مالية</translation>
    </message>
    <message>
        <source>%1: country brief</source>
        <translation>%1: ملف البلد</translation>
    </message>
    <message numerus="yes">
        <source>As provider: %n initiative(s)</source>
        <translation>
            <numerusform>بصفته مقدِّمًا: لا توجد مبادرات</numerusform>
            <numerusform>بصفته مقدِّمًا: مبادرة واحدة</numerusform>
            <numerusform>بصفته مقدِّمًا: مبادرتان</numerusform>
            <numerusform>بصفته مقدِّمًا: %n مبادرات</numerusform>
            <numerusform>بصفته مقدِّمًا: %n مبادرة</numerusform>
            <numerusform>بصفته مقدِّمًا: %n مبادرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As recipient: %n initiative(s)</source>
        <translation>
            <numerusform>بصفته متلقيًا: لا توجد مبادرات</numerusform>
            <numerusform>بصفته متلقيًا: مبادرة واحدة</numerusform>
            <numerusform>بصفته متلقيًا: مبادرتان</numerusform>
            <numerusform>بصفته متلقيًا: %n مبادرات</numerusform>
            <numerusform>بصفته متلقيًا: %n مبادرة</numerusform>
            <numerusform>بصفته متلقيًا: %n مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>بلا منطقة</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>عضو في: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>يذكر الموجز %1 بين مقدِّمي التعاون التقني.</translation>
    </message>
    <message>
        <source>Case in the brief: %1</source>
        <translation>حالة في الموجز: %1</translation>
    </message>
    <message>
        <source>Trade: %1</source>
        <translation>التجارة: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>الطلاب الوافدون: %1</translation>
    </message>
    <message>
        <source>Its students go to: %1</source>
        <translation>يتوجه طلابه إلى: %1</translation>
    </message>
    <message>
        <source>Its students come from: %1</source>
        <translation>يأتي طلابه من: %1</translation>
    </message>
    <message>
        <source>Sectors: %1. Partners: %2.</source>
        <translation>القطاعات: %1. الشركاء: %2.</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>ذهبت %1 من الصادرات إلى الاقتصادات النامية في %2.</translation>
    </message>
    <message>
        <source>Top partners in %1 (exports plus imports, US$ millions): %2</source>
        <translation>أهم الشركاء في %1 (الصادرات مع الواردات، بملايين الدولارات الأمريكية): %2</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>الطلاب الدوليون الوافدون: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CountryFormat</name>
    <message>
        <source>Low income</source>
        <translation>دخل منخفض</translation>
    </message>
    <message>
        <source>Lower middle income</source>
        <translation>دخل متوسط أدنى</translation>
    </message>
    <message>
        <source>Upper middle income</source>
        <translation>دخل متوسط أعلى</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>دخل مرتفع</translation>
    </message>
    <message>
        <source>%1 tn</source>
        <translation>%1 تريليون</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 مليار</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 مليون</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>غير مصنَّف</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 منذ %3</translation>
    </message>
</context>
<context>
    <name>CountryListModel</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Income group</source>
        <translation>فئة الدخل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>آخر قيمة</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>بلا منطقة</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Add a country (any language)…</source>
        <translation>أضف بلدًا (بأي لغة)…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>CountrySections</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>لا توجد مبادرات</numerusform>
            <numerusform>مبادرة واحدة</numerusform>
            <numerusform>مبادرتان</numerusform>
            <numerusform>%n مبادرات</numerusform>
            <numerusform>%n مبادرة</numerusform>
            <numerusform>%n مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Where its students come from (%1):</source>
        <translation>من أين يأتي طلابه (%1):</translation>
    </message>
    <message>
        <source>The brief does not list %1 as a provider.</source>
        <translation>لا يذكر الموجز %1 بين المقدِّمين.</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>بلا منطقة</translation>
    </message>
    <message>
        <source>No initiatives recorded in this role.</source>
        <translation>لا توجد مبادرات مسجَّلة بهذه الصفة.</translation>
    </message>
    <message>
        <source>Top partners, %1 (US$ millions, exports / imports):</source>
        <translation>أهم الشركاء، %1 (بملايين الدولارات الأمريكية، الصادرات / الواردات):</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>None of the brief&apos;s cases involves it.</source>
        <translation>لا تشمله أي من حالات الموجز.</translation>
    </message>
    <message>
        <source>%1 (joined %2)</source>
        <translation>%1 (انضم في %2)</translation>
    </message>
    <message>
        <source>No trade data: %1</source>
        <translation>لا توجد بيانات تجارية: %1</translation>
    </message>
    <message>
        <source>Inbound students: %1</source>
        <translation>الطلاب الوافدون: %1</translation>
    </message>
    <message>
        <source>The brief names %1 among the providers of technical cooperation.</source>
        <translation>يذكر الموجز %1 بين مقدِّمي التعاون التقني.</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>عضو في:</translation>
    </message>
    <message>
        <source>By sector:</source>
        <translation>حسب القطاع:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>الشركاء:</translation>
    </message>
    <message>
        <source>%1 of exports went to developing economies in %2.</source>
        <translation>ذهبت %1 من الصادرات إلى الاقتصادات النامية في %2.</translation>
    </message>
    <message>
        <source>Inbound internationally mobile students: %1 (%2)</source>
        <translation>الطلاب الدوليون الوافدون: %1 (%2)</translation>
    </message>
    <message>
        <source>Where its students go (%1):</source>
        <translation>إلى أين يتوجه طلابه (%1):</translation>
    </message>
</context>
<context>
    <name>DataVintageLabel</name>
    <message>
        <source>Data built %1</source>
        <translation>بيانات %1</translation>
    </message>
    <message>
        <source>Build date unknown</source>
        <translation>تاريخ البناء غير معروف</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 بلدًا</translation>
    </message>
    <message>
        <source>%1 initiatives</source>
        <translation>%1 مبادرة</translation>
    </message>
    <message>
        <source>%1 datasets</source>
        <translation>%1 مجموعة بيانات</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Data unavailable</source>
        <translation>البيانات غير متاحة</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The data file could not be read.</source>
        <translation>تعذّرت قراءة ملف البيانات.</translation>
    </message>
    <message>
        <source>The data file is missing. It may not have been installed, or it was moved.</source>
        <translation>ملف البيانات مفقود. ربما لم يُثبَّت، أو نُقل إلى مكان آخر.</translation>
    </message>
    <message>
        <source>The data file is damaged, or it is not an Exchange Explorer database.</source>
        <translation>ملف البيانات تالف، أو ليس قاعدة بيانات خاصة بـ Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file was not made by this version of Exchange Explorer.</source>
        <translation>لم يُنشأ ملف البيانات بهذا الإصدار من Exchange Explorer.</translation>
    </message>
    <message>
        <source>The data file is in use by another program.</source>
        <translation>ملف البيانات قيد الاستخدام من برنامج آخر.</translation>
    </message>
    <message>
        <source>You are not allowed to read the data file.</source>
        <translation>ليس لديك إذن بقراءة ملف البيانات.</translation>
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
        <translation>تعذّر فتح البيانات</translation>
    </message>
    <message>
        <source>File: %1
Details: %2</source>
        <translation>الملف: %1
التفاصيل: %2</translation>
    </message>
    <message>
        <source>You can rebuild the data from a folder of sources (for example on a USB stick), or open another copy of the database file.</source>
        <translation>يمكنك إعادة بناء البيانات من مجلد المصادر (على وحدة USB مثلًا)، أو فتح نسخة أخرى من ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Rebuild from a sources folder…</source>
        <translation>إعادة البناء من مجلد المصادر…</translation>
    </message>
    <message>
        <source>Choose a database file…</source>
        <translation>اختيار ملف قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>اختيار ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد البيانات (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>That file cannot be used: %1 Choose another file, or rebuild.</source>
        <translation>لا يمكن استخدام هذا الملف: %1 اختر ملفًا آخر، أو أعد البناء.</translation>
    </message>
</context>
<context>
    <name>DatasetDetail</name>
    <message>
        <source>Copy citation</source>
        <translation>نسخ الاستشهاد</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>الاستشهاد</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>الصفوف المستوردة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>لم تُحدَّد أي مجموعة بيانات</translation>
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
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>This search has %1 results; the first %2 will be exported.</source>
        <translation>لهذا البحث %1 نتيجة؛ سيتم تصدير أول %2 منها.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>جارٍ تصدير النتائج…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>لا توجد نتائج لتصديرها.</translation>
    </message>
</context>
<context>
    <name>FacetTreeModel</name>
    <message>
        <source>Show fewer</source>
        <translation>عرض أقل</translation>
    </message>
    <message>
        <source>%1 more…</source>
        <translation>%1 أخرى…</translation>
    </message>
    <message>
        <source>Only the %1 most frequent are listed</source>
        <translation>لا تُعرض إلا القيم الـ %1 الأكثر تكرارًا</translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation>إضافة %1 إلى البحث</translation>
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
        <translation> أو </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>باستثناء %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>إزالة عامل التصفية هذا</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>إزالة عامل التصفية %1</translation>
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
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>ما قاله الموجز</translation>
    </message>
    <message>
        <source>What our data say</source>
        <translation>ما تقوله بياناتنا</translation>
    </message>
    <message>
        <source>No comparable series in the data.</source>
        <translation>لا توجد سلسلة قابلة للمقارنة في البيانات.</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>المصدر: %1، %2</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (نقلًا عن %2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <source>No data for %1.</source>
        <translation>لا توجد بيانات لـ %1.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>?</source>
        <translation>؟</translation>
    </message>
    <message>
        <source>How to search: words, phrases, filters like provider:BRA</source>
        <translation>طريقة البحث: كلمات، عبارات، عوامل تصفية مثل provider:BRA</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>مساعدة البحث</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>South-South cooperation at a glance</source>
        <translation>التعاون بين بلدان الجنوب في لمحة</translation>
    </message>
    <message>
        <source>Developing countries learning from each other: what the founding brief reported, next to what public data say.</source>
        <translation>بلدان نامية يتعلم بعضها من بعض: ما ذكره الموجز التأسيسي، إلى جانب ما تقوله البيانات العامة.</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>الموجز والبيانات</translation>
    </message>
    <message>
        <source>Cases from the brief</source>
        <translation>حالات من الموجز</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>هذا خلل في البرنامج؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>تعذّرت قراءة البيانات.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <source>This database holds no headline figures.</source>
        <translation>لا تحتوي قاعدة البيانات هذه على أرقام رئيسية.</translation>
    </message>
    <message>
        <source>This database holds no cases from the brief.</source>
        <translation>لا تحتوي قاعدة البيانات هذه على حالات من الموجز.</translation>
    </message>
    <message numerus="yes">
        <source>countries and territories</source>
        <translation>
            <numerusform>بلدان وأقاليم</numerusform>
            <numerusform>بلد أو إقليم</numerusform>
            <numerusform>بلدان أو إقليمان</numerusform>
            <numerusform>بلدان وأقاليم</numerusform>
            <numerusform>بلدًا وإقليمًا</numerusform>
            <numerusform>بلد وإقليم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cooperation initiatives</source>
        <translation>
            <numerusform>مبادرات تعاون</numerusform>
            <numerusform>مبادرة تعاون</numerusform>
            <numerusform>مبادرتا تعاون</numerusform>
            <numerusform>مبادرات تعاون</numerusform>
            <numerusform>مبادرة تعاون</numerusform>
            <numerusform>مبادرة تعاون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source datasets</source>
        <translation>
            <numerusform>مجموعات بيانات مصدرية</numerusform>
            <numerusform>مجموعة بيانات مصدرية</numerusform>
            <numerusform>مجموعتا بيانات مصدرية</numerusform>
            <numerusform>مجموعات بيانات مصدرية</numerusform>
            <numerusform>مجموعة بيانات مصدرية</numerusform>
            <numerusform>مجموعة بيانات مصدرية</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted in this database, built %1.</source>
        <translation>محسوبة في قاعدة البيانات هذه، المبنية في %1.</translation>
    </message>
    <message>
        <source>Counted in this database (build date unknown).</source>
        <translation>محسوبة في قاعدة البيانات هذه (تاريخ البناء غير معروف).</translation>
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
        <translation>%1 دولار أمريكي</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailPane</name>
    <message>
        <source>Select an initiative to read the whole record.</source>
        <translation>اختر مبادرة لقراءة السجل كاملًا.</translation>
    </message>
    <message>
        <source>Original language: %1 — shown as the source wrote it</source>
        <translation>اللغة الأصلية: %1 — معروض كما كتبه المصدر</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Links (copy them to open when online)</source>
        <translation>الروابط (انسخها لفتحها عند الاتصال بالإنترنت)</translation>
    </message>
    <message>
        <source>Related initiatives</source>
        <translation>مبادرات ذات صلة</translation>
    </message>
    <message>
        <source>Looking for related initiatives…</source>
        <translation>جارٍ البحث عن مبادرات ذات صلة…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>المقدِّمون</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المتلقون</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>أطراف أخرى</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>التدفق</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>نسخ الاستشهاد</translation>
    </message>
    <message>
        <source>In the source: %1</source>
        <translation>في المصدر: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>الترخيص: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <source>Record %1 of dataset “%2”</source>
        <translation>السجل %1 من مجموعة البيانات «%2»</translation>
    </message>
    <message>
        <source>None share its sectors and partners.</source>
        <translation>لا توجد مبادرة تشاركها قطاعاتها وشركاءها.</translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Experts sent</source>
        <translation>إيفاد خبراء</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>زيارة دراسية</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>شراكة</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>مساعدة تقنية</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>تمويل</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>بحوث</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>تبادل</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>بنية تحتية</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>عينية</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المقدِّم</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المتلقي</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الممول</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسِّر</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>المقدِّمون</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المتلقون</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Sectors and themes</source>
        <translation>القطاعات والمواضيع</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>الطرائق</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>يتضمن</translation>
    </message>
</context>
<context>
    <name>InitiativeListModel</name>
    <message>
        <source>Could not be read</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>المقدِّمون</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المتلقون</translation>
    </message>
    <message>
        <source>Sector / theme</source>
        <translation>القطاع / الموضوع</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Rebuild the database (exchange-explorer build-db) to search words again.</source>
        <translation>أعد بناء قاعدة البيانات (exchange-explorer build-db) لتتمكن من البحث عن الكلمات مجددًا.</translation>
    </message>
    <message>
        <source>No initiative to show.</source>
        <translation>لا توجد مبادرة لعرضها.</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>هذا خلل في البرنامج؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>The initiatives could not be read.</source>
        <translation>تعذّرت قراءة المبادرات.</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>تعذّرت قراءة هذا السجل: %1</translation>
    </message>
    <message>
        <source>This initiative is no longer in the database.</source>
        <translation>لم تعد هذه المبادرة موجودة في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>No initiatives match this search.</source>
        <translation>لا توجد مبادرات تطابق هذا البحث.</translation>
    </message>
    <message>
        <source>too many to rank by relevance; newest records first</source>
        <translation>النتائج أكثر من أن تُرتَّب حسب الصلة؛ الأحدث أولًا</translation>
    </message>
    <message>
        <source>No initiatives match.</source>
        <translation>لا توجد مبادرات مطابقة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>لا توجد مبادرات</numerusform>
            <numerusform>مبادرة واحدة</numerusform>
            <numerusform>مبادرتان</numerusform>
            <numerusform>%Ln مبادرات</numerusform>
            <numerusform>%Ln مبادرة</numerusform>
            <numerusform>%Ln مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the spelling, use fewer words, or try a word&apos;s beginning with * (agri*). Click ? for how to search.</source>
        <translation>تحقق من الإملاء، أو استخدم كلمات أقل، أو جرّب بداية كلمة متبوعة بـ * (agri*). انقر ؟ لمعرفة طريقة البحث.</translation>
    </message>
    <message>
        <source>best match first</source>
        <translation>الأكثر تطابقًا أولًا</translation>
    </message>
    <message>
        <source>newest records first</source>
        <translation>أحدث السجلات أولًا</translation>
    </message>
    <message>
        <source>This database holds no initiatives.</source>
        <translation>لا تحتوي قاعدة البيانات هذه على أي مبادرة.</translation>
    </message>
    <message>
        <source>Build the database from the public sources (exchange-explorer build-db).</source>
        <translation>ابنِ قاعدة البيانات من المصادر العامة (exchange-explorer build-db).</translation>
    </message>
    <message>
        <source>%1–%2 of %3 shown</source>
        <translation>معروض %1–%2 من %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Try removing a filter (click its ✕ above): %1.</source>
        <translation>جرّب إزالة عامل تصفية (انقر ✕ الخاص به في الأعلى): %1.</translation>
    </message>
</context>
<context>
    <name>KeyIndicatorModel</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Latest (year)</source>
        <translation>آخر قيمة (السنة)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>التطور عبر الزمن</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Rank in region</source>
        <translation>الترتيب في المنطقة</translation>
    </message>
    <message>
        <source>Rank in income group</source>
        <translation>الترتيب في فئة الدخل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Among countries of %1 with a value in %2</source>
        <translation>بين بلدان %1 التي لها قيمة في %2</translation>
    </message>
    <message>
        <source>Among %1 countries with a value in %2</source>
        <translation>بين بلدان فئة «%1» التي لها قيمة في %2</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Stories</source>
        <translation>قصص</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a minute.</source>
        <translation>محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز PIN غير صحيح.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>No data: %1 has no values in this source.</source>
        <translation>لا توجد بيانات: ليست لـ %1 قيم في هذا المصدر.</translation>
    </message>
    <message>
        <source>Stars: published figures; source: %1.</source>
        <translation>النجوم: أرقام منشورة؛ المصدر: %1.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
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
        <translation>مشكلة في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>MapChart</name>
    <message>
        <source>No data: no country has a value for %1.</source>
        <translation>لا توجد بيانات: لا يوجد بلد له قيمة لـ %1.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Measure shown on the map</source>
        <translation>المقياس المعروض على الخريطة</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>خريطة العالم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not load the map: %1</source>
        <translation>تعذّر تحميل الخريطة: %1</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Share of developing economies&apos; exports that go to developing economies</source>
        <translation>حصة صادرات الاقتصادات النامية المتجهة إلى الاقتصادات النامية</translation>
    </message>
    <message>
        <source>Exports among developing economies, as a share of world exports</source>
        <translation>الصادرات بين الاقتصادات النامية كحصة من الصادرات العالمية</translation>
    </message>
    <message>
        <source>Average yearly growth of exports among developing economies, over 5 years</source>
        <translation>متوسط النمو السنوي للصادرات بين الاقتصادات النامية على مدى 5 سنوات</translation>
    </message>
    <message>
        <source>China&apos;s R&amp;D spending as a percentage of Japan&apos;s, at purchasing power parity</source>
        <translation>إنفاق الصين على البحث والتطوير كنسبة مئوية من إنفاق اليابان، بتعادل القوة الشرائية</translation>
    </message>
    <message>
        <source>African countries whose real GDP grew more than 5% in the year</source>
        <translation>البلدان الأفريقية التي نما ناتجها المحلي الإجمالي الحقيقي بأكثر من 5% خلال العام</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Some pages show the new language after a restart.</source>
        <translation>تظهر بعض الصفحات باللغة الجديدة بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;ملء الشاشة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>م&amp;صادر البيانات</translation>
    </message>
    <message>
        <source>&amp;About Exchange Explorer</source>
        <translation>&amp;حول Exchange Explorer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+يسار)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;تقدم</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>تقدم (Alt+يمين)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
</context>
<context>
    <name>NetworkChart</name>
    <message>
        <source>No initiatives with a known provider and recipient match these filters.</source>
        <translation>لا توجد مبادرات معروفة المقدِّم والمتلقي تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>provides more than it receives</source>
        <translation>يقدِّم أكثر مما يتلقى</translation>
    </message>
    <message>
        <source>receives more (or as much)</source>
        <translation>يتلقى أكثر (أو بالقدر نفسه)</translation>
    </message>
    <message>
        <source>Countries (size: initiatives)</source>
        <translation>البلدان (الحجم: المبادرات)</translation>
    </message>
    <message>
        <source>%1: provided %2, received %3 initiatives</source>
        <translation>%1: قدَّم %2 وتلقى %3 مبادرة</translation>
    </message>
    <message>
        <source>%1 → %2: %3 initiatives</source>
        <translation>%1 → %2: %3 مبادرة</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>التجارة</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>التعاون</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Bubbles</source>
        <translation>الفقاعات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>النظراء</translation>
    </message>
</context>
<context>
    <name>PeerModel</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>درجة التشابه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Peers and teachers</source>
        <translation>النظراء والمرشدون</translation>
    </message>
    <message>
        <source>A sector: health, agriculture, 120…</source>
        <translation>قطاع: الصحة، الزراعة، 120…</translation>
    </message>
    <message>
        <source>Who could it learn from?</source>
        <translation>ممن يمكنه أن يتعلم؟</translation>
    </message>
    <message>
        <source>Double-click an initiative to open it</source>
        <translation>انقر نقرًا مزدوجًا على مبادرة لفتحها</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This is a bug; see the log.</source>
        <translation>هذا خلل في البرنامج؛ راجع السجل.</translation>
    </message>
    <message>
        <source>Peers could not be found: %1</source>
        <translation>تعذّر العثور على النظراء: %1</translation>
    </message>
    <message>
        <source>Who could it learn from? Type a sector and ask.</source>
        <translation>ممن يمكنه أن يتعلم؟ اكتب قطاعًا واسأل.</translation>
    </message>
    <message>
        <source>Choose at least one indicator to compare on.</source>
        <translation>اختر مؤشرًا واحدًا على الأقل للمقارنة.</translation>
    </message>
    <message>
        <source>Countries like %1</source>
        <translation>بلدان مشابهة لـ %1</translation>
    </message>
    <message>
        <source>Who %1 could learn from about %2</source>
        <translation>ممن يمكن أن يتعلم %1 في مجال %2</translation>
    </message>
    <message>
        <source>Looking for teachers…</source>
        <translation>جارٍ البحث عن مرشدين…</translation>
    </message>
    <message>
        <source>Latest values of %1. %2</source>
        <translation>آخر القيم للفترة %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) could share experience</source>
        <translation>
            <numerusform>لا يوجد بلد يمكنه تبادل الخبرة</numerusform>
            <numerusform>بلد واحد يمكنه تبادل الخبرة</numerusform>
            <numerusform>بلدان اثنان يمكنهما تبادل الخبرة</numerusform>
            <numerusform>%n بلدان يمكنها تبادل الخبرة</numerusform>
            <numerusform>%n بلدًا يمكنها تبادل الخبرة</numerusform>
            <numerusform>%n بلد يمكنها تبادل الخبرة</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider found for that sector.</source>
        <translation>لم يُعثر على مقدِّم لهذا القطاع.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Administrator PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>← All countries</source>
        <translation>→ جميع البلدان</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>طباعة الملف…</translation>
    </message>
    <message>
        <source>Save brief as PDF…</source>
        <translation>حفظ الملف بصيغة PDF…</translation>
    </message>
    <message>
        <source>Compare with peers</source>
        <translation>المقارنة مع النظراء</translation>
    </message>
    <message>
        <source>World Bank income group by fiscal year, FY89 to today</source>
        <translation>فئة الدخل حسب البنك الدولي لكل سنة مالية، من FY89 إلى اليوم</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>المؤشرات الرئيسية</translation>
    </message>
    <message>
        <source>No data: the World Development Indicators have no figures for it.</source>
        <translation>لا توجد بيانات: لا تتضمن World Development Indicators أرقامًا لهذا البلد.</translation>
    </message>
    <message>
        <source>Cooperation as provider</source>
        <translation>التعاون بصفته مقدِّمًا</translation>
    </message>
    <message>
        <source>Cooperation as recipient</source>
        <translation>التعاون بصفته متلقيًا</translation>
    </message>
    <message>
        <source>Trade with developing economies</source>
        <translation>التجارة مع الاقتصادات النامية</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>In the brief</source>
        <translation>في الموجز</translation>
    </message>
</context>
<context>
    <name>QueryHelpPopup</name>
    <message>
        <source>How to search</source>
        <translation>طريقة البحث</translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <source>Update the data</source>
        <translation>تحديث البيانات</translation>
    </message>
    <message>
        <source>Updating the data</source>
        <translation>جارٍ تحديث البيانات</translation>
    </message>
    <message>
        <source>From: %1
Into: %2</source>
        <translation>من: %1
إلى: %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>الوقت المنقضي: %1</translation>
    </message>
    <message>
        <source>%1 countries · %2 initiatives · %3 datasets</source>
        <translation>%1 بلدًا · %2 مبادرة · %3 مجموعة بيانات</translation>
    </message>
    <message>
        <source>The data are updated.</source>
        <translation>تم تحديث البيانات.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>حُفظ باسم %1</translation>
    </message>
    <message>
        <source>The update failed — your previous data is unchanged.</source>
        <translation>فشل التحديث — بياناتك السابقة لم تتغير.</translation>
    </message>
    <message>
        <source>Cancelled — your previous data is unchanged.</source>
        <translation>أُلغي — بياناتك السابقة لم تتغير.</translation>
    </message>
    <message>
        <source>Choose the folder with the data sources</source>
        <translation>اختر المجلد الذي يحوي مصادر البيانات</translation>
    </message>
    <message>
        <source>&amp;Update Data from a Folder…</source>
        <translation>&amp;تحديث البيانات من مجلد…</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>حفظ هذا البحث</translation>
    </message>
    <message>
        <source>(every initiative)</source>
        <translation>(كل المبادرات)</translation>
    </message>
    <message>
        <source>Name, e.g. Microfinance in South-East Asia</source>
        <translation>الاسم، مثل: التمويل الأصغر في جنوب شرق آسيا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>المحفوظة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved search(es)</source>
        <translation>
            <numerusform>لا عمليات بحث محفوظة</numerusform>
            <numerusform>عملية بحث محفوظة واحدة</numerusform>
            <numerusform>عمليتا بحث محفوظتان</numerusform>
            <numerusform>%Ln عمليات بحث محفوظة</numerusform>
            <numerusform>%Ln عملية بحث محفوظة</numerusform>
            <numerusform>%Ln عملية بحث محفوظة</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches could not be read or written: %1</source>
        <translation>تعذّرت قراءة عمليات البحث المحفوظة أو كتابتها: %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Best match</source>
        <translation>الأكثر تطابقًا</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>العنوان A–Z</translation>
    </message>
    <message>
        <source>Search initiatives: microfinance recipient:PHL, provider:Brazil health…</source>
        <translation>ابحث في المبادرات: microfinance recipient:PHL, provider:Brazil health…</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>ترتيب النتائج</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>عمليات البحث المحفوظة…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Who learned from Brazil?</source>
        <translation>من تعلّم من البرازيل؟</translation>
    </message>
    <message>
        <source>Who trains engineers?</source>
        <translation>من يدرّب المهندسين؟</translation>
    </message>
    <message>
        <source>What did Japan support?</source>
        <translation>ماذا دعمت اليابان؟</translation>
    </message>
    <message>
        <source>Microfinance</source>
        <translation>التمويل الأصغر</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>ساعد %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي مبادرة</numerusform>
            <numerusform>عُثر على مبادرة واحدة</numerusform>
            <numerusform>عُثر على مبادرتين</numerusform>
            <numerusform>عُثر على %n مبادرات</numerusform>
            <numerusform>عُثر على %n مبادرة</numerusform>
            <numerusform>عُثر على %n مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a country, a topic or a word…</source>
        <translation>اكتب اسم بلد أو موضوعًا أو كلمة…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>‹ Back to results</source>
        <translation>› العودة إلى النتائج</translation>
    </message>
    <message>
        <source>Try a question</source>
        <translation>جرّب سؤالًا</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <source>linear: zero or negative values</source>
        <translation>خطي: قيم صفرية أو سالبة</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>لا توجد بيانات: %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Data sources</source>
        <translation>مصادر البيانات</translation>
    </message>
    <message>
        <source>Every figure in Exchange Explorer comes from one of these public datasets. Select one to read its citation, licence and caveats.</source>
        <translation>كل رقم في Exchange Explorer مأخوذ من إحدى مجموعات البيانات العامة هذه. اختر واحدة لقراءة طريقة الاستشهاد بها وترخيصها وتحفظاتها.</translation>
    </message>
    <message>
        <source>Filter by name, publisher, licence…</source>
        <translation>التصفية حسب الاسم أو الناشر أو الترخيص…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This is a bug; details are in the log.</source>
        <translation>هذا خلل في البرنامج؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>The data sources could not be read: %1</source>
        <translation>تعذّرت قراءة مصادر البيانات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>لا مجموعات بيانات</numerusform>
            <numerusform>مجموعة بيانات واحدة</numerusform>
            <numerusform>مجموعتا بيانات</numerusform>
            <numerusform>%n مجموعات بيانات</numerusform>
            <numerusform>%n مجموعة بيانات</numerusform>
            <numerusform>%n مجموعة بيانات</numerusform>
        </translation>
    </message>
    <message>
        <source>No data: this database lists no datasets.</source>
        <translation>لا توجد بيانات: لا تدرج قاعدة البيانات هذه أي مجموعة بيانات.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>No initiatives match: %1</source>
        <translation>لا توجد مبادرات مطابقة: %1</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>سنة البدء</translation>
    </message>
    <message>
        <source>no initiatives</source>
        <translation>لا توجد مبادرات</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>› السابق</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>التالي ‹</translation>
    </message>
    <message>
        <source>  ·  swipe to see more</source>
        <translation>  ·  اسحب لرؤية المزيد</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>No stories in this database yet.</source>
        <translation>لا توجد قصص في قاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
        <source>A case of South-South learning</source>
        <translation>حالة من التعلّم بين بلدان الجنوب</translation>
    </message>
    <message>
        <source>%1 helped %2</source>
        <translation>ساعد %1 %2</translation>
    </message>
    <message>
        <source>The brief said</source>
        <translation>ما قاله الموجز</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1 (نقلًا عن %2)</translation>
    </message>
    <message>
        <source>What the IMF and World Bank data say: %1 in %2</source>
        <translation>ما تقوله بيانات صندوق النقد الدولي والبنك الدولي: %1 في %2</translation>
    </message>
    <message>
        <source>Our data hold no comparable figure.</source>
        <translation>لا تتضمن بياناتنا رقمًا قابلًا للمقارنة.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>المصدر: %1، %2</translation>
    </message>
    <message>
        <source>Help from %1</source>
        <translation>مساعدة من %1</translation>
    </message>
    <message>
        <source>Help for %1</source>
        <translation>مساعدة لـ %1</translation>
    </message>
</context>
<context>
    <name>TeacherModel</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>آخر قيمة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Country or group code</source>
        <translation>رمز البلد أو المجموعة</translation>
    </message>
    <message>
        <source>BRA, G77, ASEAN, AU, SSF…</source>
        <translation>BRA, G77, ASEAN, AU, SSF…</translation>
    </message>
    <message>
        <source>Partner country code</source>
        <translation>رمز البلد الشريك</translation>
    </message>
    <message>
        <source>Year of the partner and region charts</source>
        <translation>سنة الرسوم البيانية للشركاء والمناطق</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Country or group:</source>
        <translation>البلد أو المجموعة:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>الشريك:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <source>South-South share</source>
        <translation>حصة التجارة بين بلدان الجنوب</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>The brief and the data</source>
        <translation>الموجز والبيانات</translation>
    </message>
    <message>
        <source>Top partners</source>
        <translation>أهم الشركاء</translation>
    </message>
    <message>
        <source>Pair (both reports)</source>
        <translation>الزوج (كلا التقريرين)</translation>
    </message>
    <message>
        <source>Between regions</source>
        <translation>بين المناطق</translation>
    </message>
    <message>
        <source>Trade between developing economies</source>
        <translation>التجارة بين الاقتصادات النامية</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not load trade: %1</source>
        <translation>تعذّر تحميل بيانات التجارة: %1</translation>
    </message>
</context>
<context>
    <name>YearPlayer</name>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play through the years</source>
        <translation>التشغيل عبر السنوات</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>no years</source>
        <translation>لا توجد سنوات</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
</TS>
