package render

import (
	"timeline/internal/dates"
	"timeline/internal/timeline"
)

// dateOf returns the date of an EDTF value, for the quotations of the tests.
func dateOf(s string) dates.Date {
	d, err := dates.ParseEDTF(s)
	if err != nil {
		panic(err)
	}
	return d
}

// said returns a quotation of sentence whose date expression is expr, on
// date; without expr, a quotation an editor added (no expression).
func said(sentence, expr, date, clock string) *timeline.Mention {
	m := &timeline.Mention{Sentence: sentence, Date: dateOf(date), Time: clock}
	if expr != "" {
		for i := 0; i+len(expr) <= len(sentence); i++ {
			if sentence[i:i+len(expr)] == expr {
				m.Start, m.End = i, i+len(expr)
				break
			}
		}
	}
	return m
}

// rowCase is one row drawn on a site in lang ("esc": French, its
// interface text full of markup), and the HTML expected.
type rowCase struct {
	name string
	lang string
	row  any
	want string
}

// plainMention is a quotation as an event page shows it.
var plainMention = MentionView{
	ID: "m-2023-09-19-a1b2", Permalink: "../../events/2023-09-19/#a1b2",
	Source: Link{Href: "../../sources/2023-09-20-offensive/", Text: "L’Azerbaïdjan lance une offensive"},
	Outlet: "Le Monde", Published: "20 sept. 2023", Date: "mardi 19 septembre 2023", Cite: true,
	mention: said("L’offensive a commencé le mardi 19 septembre 2023 à l’aube.", "mardi 19 septembre 2023", "2023-09-19", ""),
}

// hostileMention shows markup, quotes, +, NUL and bad UTF-8 in every field.
var hostileMention = MentionView{
	ID: `m-"x"<y>`, Permalink: `../../events/x/#a b"c<d>`, Lang: `fr"><script>`, Attribution: `<b>"Bakou"</b> & 'Erevan' + a` + "\x00b",
	Source: Link{Href: "javascript:alert(1)", Text: "<i>titre</i> \xff\xfe"},
	Outlet: `<script>alert("x")</script>`, Published: `'&+"<>`, Date: "<date> & \x00", Cite: true, Since: true, Manual: true,
	Role: "forecast", Approx: true, Also: []AlsoLink{{Link: Link{Href: "javascript:x", Text: `<b>"AFP"</b>`}, ID: `c"<d>`}},
	mention: said(`<i>"A&B"</i> + 'c' en mai 1994 <b> a`+"\x00\xe2<", "mai 1994", "1994-05", ""),
}

// rowCases are the rows of TestRows: each of the five, in both languages,
// with hostile values: markup, quotes, +, NUL, bad UTF-8, links with
// schemes html/template refuses, broken % escapes.
var rowCases = []rowCase{
	{"mention: a quotation cited, its expression a day", "fr", plainMention,
		`<figure class="mention" id="m-2023-09-19-a1b2"><blockquote><p>L’offensive a commencé le <time datetime="2023-09-19">mardi 19 septembre 2023</time> à l’aube.</p></blockquote><figcaption><span><a href="../../sources/2023-09-20-offensive/" title="L’Azerbaïdjan lance une offensive">Le Monde</a>, 20 sept. 2023</span><a class="copy" href="../../events/2023-09-19/#a1b2" aria-label="Lien permanent : mardi 19 septembre 2023">Lien permanent</a></figcaption></figure>`},
	{"mention: the same on an English site", "en", plainMention,
		`<figure class="mention" id="m-2023-09-19-a1b2"><blockquote><p>L’offensive a commencé le <time datetime="2023-09-19">mardi 19 septembre 2023</time> à l’aube.</p></blockquote><figcaption><span><a href="../../sources/2023-09-20-offensive/" title="L’Azerbaïdjan lance une offensive">Le Monde</a>, 20 sept. 2023</span><a class="copy" href="../../events/2023-09-19/#a1b2" aria-label="Permalink : mardi 19 septembre 2023">Permalink</a></figcaption></figure>`},
	{"mention: markup, quotes, +, NUL and bad UTF-8 in every field; a javascript: link", "fr", hostileMention,
		"<figure class=\"mention\" id=\"m-&#34;x&#34;&lt;y&gt;\"><blockquote lang=\"fr&#34;&gt;&lt;script&gt;\"><p>&lt;i&gt;&#34;A&amp;B&#34;&lt;/i&gt; &#43; &#39;c&#39; en <time datetime=\"1994-05\">mai 1994</time> &lt;b&gt; a�\xe2&lt;</p></blockquote><figcaption><span class=\"who\">selon &lt;b&gt;&#34;Bakou&#34;&lt;/b&gt; &amp; &#39;Erevan&#39; &#43; a�b</span><span><a href=\"#ZgotmplZ\" title=\"&lt;i&gt;titre&lt;/i&gt; \xff\xfe\">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</a>, &#39;&amp;&#43;&#34;&lt;&gt;</span><span class=\"flag\">début d’une situation qui dure</span><span class=\"flag\">date ajoutée par la rédaction</span> <span class=\"flag role-forecast\">annonce</span><span class=\"flag\">≈ date approximative</span><span class=\"also\">même phrase aussi dans <a id=\"c&#34;&lt;d&gt;\" href=\"#ZgotmplZ\">&lt;b&gt;&#34;AFP&#34;&lt;/b&gt;</a></span><a class=\"copy\" href=\"../../events/x/#a%20b%22c%3cd%3e\" aria-label=\"Lien permanent : &lt;date&gt; &amp; �\">Lien permanent</a></figcaption></figure>"},
	{"mention: the same with interface text full of markup", "esc", hostileMention,
		"<figure class=\"mention\" id=\"m-&#34;x&#34;&lt;y&gt;\"><blockquote lang=\"fr&#34;&gt;&lt;script&gt;\"><p>&lt;i&gt;&#34;A&amp;B&#34;&lt;/i&gt; &#43; &#39;c&#39; en <time datetime=\"1994-05\">mai 1994</time> &lt;b&gt; a�\xe2&lt;</p></blockquote><figcaption><span class=\"who\">dit &lt;par&gt; &amp; &#34;&#43;&#34; &lt;b&gt;&#34;Bakou&#34;&lt;/b&gt; &amp; &#39;Erevan&#39; &#43; a�b</span><span><a href=\"#ZgotmplZ\" title=\"&lt;i&gt;titre&lt;/i&gt; \xff\xfe\">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</a>, &#39;&amp;&#43;&#34;&lt;&gt;</span><span class=\"flag\">&#39;depuis&#39;</span><span class=\"flag\">&lt;ajouté&gt;</span> <span class=\"flag role-forecast\">&lt;annonce&gt; &amp; &#43;</span><span class=\"flag\">≈ &lt;approx&gt; &#34; &amp;</span><span class=\"also\">&lt;aussi&gt; &amp; &#43; <a id=\"c&#34;&lt;d&gt;\" href=\"#ZgotmplZ\">&lt;b&gt;&#34;AFP&#34;&lt;/b&gt;</a></span><a class=\"copy\" href=\"../../events/x/#a%20b%22c%3cd%3e\" aria-label=\"lien &amp; &#43; &#34; &#39; &lt; &gt; : &lt;date&gt; &amp; �\">lien &amp; &#43; &#34; &#39; &lt; &gt;</a></figcaption></figure>"},
	{"mention: no outlet, the article's title shown; a link with & and +, broken % escapes", "en", MentionView{
		ID: "m-1", Permalink: "%zz%41%4 é/a%", Source: Link{Href: "HTTP://example.org/a?b=c&d=e+f#g", Text: "Title & co"},
		Published: "1 May 2021", Date: "the 1990s", Cite: true, Attribution: "Nikol Pashinyan",
		mention: said("In the 1990s, the war.", "1990s", "199X", ""),
	},
		`<figure class="mention" id="m-1"><blockquote><p>In the <mark data-edtf="199X">1990s</mark>, the war.</p></blockquote><figcaption><span class="who">according to Nikol Pashinyan</span><span><a href="HTTP://example.org/a?b=c&amp;d=e&#43;f#g" title="Title &amp; co">Title &amp; co</a>, 1 May 2021</span><a class="copy" href="%25zz%41%254%20%c3%a9/a%25" aria-label="Permalink : the 1990s">Permalink</a></figcaption></figure>`},
	{"mention: on its source page (not cited), a time of day, another language", "en", MentionView{
		ID: "m-2020-09-27-x", Permalink: "../../events/2020-09-27/#x", Lang: "fr", Since: true, Date: "27 September 2020",
		mention: said("Le 27 septembre 2020 à 07:15, les tirs commencent.", "27 septembre 2020 à 07:15", "2020-09-27", "07:15"),
	},
		`<figure class="mention" id="m-2020-09-27-x"><blockquote lang="fr"><p>Le <time datetime="2020-09-27T07:15">27 septembre 2020 à 07:15</time>, les tirs commencent.</p></blockquote><figcaption><span class="flag">start of an ongoing situation</span><a class="copy" href="../../events/2020-09-27/#x" aria-label="Permalink : 27 September 2020">Permalink</a></figcaption></figure>`},
	{"mention: an editor's event, no expression; mailto and data: links", "fr", MentionView{
		ID: "m-2023-09-e", Permalink: "mailto:a@b.fr", Manual: true, Cite: true, Date: "septembre 2023",
		Source: Link{Href: "data:text/html,<b>hi</b>", Text: "Communiqué"}, Outlet: "AFP", Published: "1 sept. 2023",
		mention: said("Le blocus <se durcit>.", "", "2023-09", ""),
	},
		`<figure class="mention" id="m-2023-09-e"><blockquote><p>Le blocus &lt;se durcit&gt;.</p></blockquote><figcaption><span><a href="#ZgotmplZ" title="Communiqué">AFP</a>, 1 sept. 2023</span><span class="flag">date ajoutée par la rédaction</span><a class="copy" href="mailto:a@b.fr" aria-label="Lien permanent : septembre 2023">Lien permanent</a></figcaption></figure>`},
	{"source-event: a day, two quotations, other sources, more", "fr", SourceEvent{
		Event: EventView{Href: "../../events/2023-09-19/", Date: "mardi 19 septembre 2023", Datetime: "2023-09-19"},
		Mentions: []MentionView{
			{ID: "m-a", Permalink: "../../events/2023-09-19/#a", Date: "mardi 19 septembre 2023",
				mention: said("Mardi 19 septembre 2023, l’offensive.", "Mardi 19 septembre 2023", "2023-09-19", "")},
			{ID: "m-b", Permalink: "../../events/2023-09-19/#b", Date: "mardi 19 septembre 2023", Attribution: "Bakou",
				mention: said("Le 19 septembre, Bakou parle.", "19 septembre", "2023-09-19", "")},
		},
		Others: []Link{{Href: "../2023-09-20-autre/", Text: "Autre article"}, {Href: "javascript:x", Text: `<b>"x"</b> & +`}},
		More:   true,
	},
		`<li class="event"><h3 class="event-date"><a href="../../events/2023-09-19/"><time datetime="2023-09-19">mardi 19 septembre 2023</time></a></h3><figure class="mention" id="m-a"><blockquote><p><time datetime="2023-09-19">Mardi 19 septembre 2023</time>, l’offensive.</p></blockquote><figcaption><a class="copy" href="../../events/2023-09-19/#a" aria-label="Lien permanent : mardi 19 septembre 2023">Lien permanent</a></figcaption></figure><figure class="mention" id="m-b"><blockquote><p>Le <time datetime="2023-09-19">19 septembre</time>, Bakou parle.</p></blockquote><figcaption><span class="who">selon Bakou</span><a class="copy" href="../../events/2023-09-19/#b" aria-label="Lien permanent : mardi 19 septembre 2023">Lien permanent</a></figcaption></figure>` + "\n" + `<p class="meta">Autres sources de cet événement : <a href="../2023-09-20-autre/">Autre article</a>, <a href="#ZgotmplZ">&lt;b&gt;&#34;x&#34;&lt;/b&gt; &amp; &#43;</a> …</p></li>`},
	{"source-event: no machine-readable date, no other source, on an English site", "en", SourceEvent{
		Event:    EventView{Href: "%zz/<x>", Date: "<the 1990s> & \x00"},
		Mentions: []MentionView{{ID: "m-c", Permalink: "#c", Date: "the 1990s", mention: said("In the 1990s.", "1990s", "199X", "")}},
	},
		`<li class="event"><h3 class="event-date"><a href="%25zz/%3cx%3e">&lt;the 1990s&gt; &amp; ` + "\ufffd" + `</a></h3><figure class="mention" id="m-c"><blockquote><p>In the <mark data-edtf="199X">1990s</mark>.</p></blockquote><figcaption><a class="copy" href="#c" aria-label="Permalink : the 1990s">Permalink</a></figcaption></figure>` + "\n" + `</li>`},
	{"source-event: one other source, interface text full of markup", "esc", SourceEvent{
		Event:    EventView{Href: "../../events/2021-05/", Date: "mai 2021", Datetime: "2021-05"},
		Mentions: []MentionView{{ID: "m-d", Permalink: "#d", Date: "mai 2021", Manual: true, mention: said("En mai 2021.", "mai 2021", "2021-05", "")}},
		Others:   []Link{{Href: "../b/", Text: "B"}},
	},
		`<li class="event"><h3 class="event-date"><a href="../../events/2021-05/"><time datetime="2021-05">mai 2021</time></a></h3><figure class="mention" id="m-d"><blockquote><p>En <time datetime="2021-05">mai 2021</time>.</p></blockquote><figcaption><span class="flag">&lt;ajouté&gt;</span><a class="copy" href="#d" aria-label="lien &amp; &#43; &#34; &#39; &lt; &gt; : mai 2021">lien &amp; &#43; &#34; &#39; &lt; &gt;</a></figcaption></figure>` + "\n" + `<p class="meta">&lt;autres&gt; &amp; &#43; <a href="../b/">B</a></p></li>`},
	{"event-month: quotations by outlet and day", "fr", EventMonth{
		Label: "septembre 2023", Href: "2023-09/",
		Mentions: []MentionStub{{ID: "m-2016-a", Text: "Le Monde, 20 sept."}, {ID: `m-"b"`, Text: "<b>AFP</b> & + \x00"}},
	},
		`<h3><a href="2023-09/">septembre 2023</a></h3><ul class="stubs" data-href="2023-09/"><li id="m-2016-a">Le Monde, 20 sept.</li><li id="m-&#34;b&#34;">&lt;b&gt;AFP&lt;/b&gt; &amp; &#43; ` + "\ufffd" + `</li></ul>`},
	{"event-month: a javascript: link, no quotation, bad UTF-8", "en", EventMonth{Label: "May \xff 2021 <x>", Href: "javascript:alert(1)"},
		`<h3><a href="#ZgotmplZ">May ` + "\xff" + ` 2021 &lt;x&gt;</a></h3><ul class="stubs" data-href="#ZgotmplZ"></ul>`},
	{"event-item: a summary row, one source", "fr", EventView{
		ID: "2023-09-19", Href: "../events/2023-09-19/", Date: "mardi 19 septembre 2023", Datetime: "2023-09-19",
		Title: `<b>Offensive</b> & "+"`, Episode: Link{Href: "../episodes/exode/", Text: "L’exode"}, Sources: 1, Outlets: 1,
		Filter:     FilterData{Episode: "exode", Outlets: "afp le-monde", Sources: 1},
		Happenings: []HappeningView{{Href: "../events/2023-09-19/#e-a", Title: `<b>Offensive</b> & "+"`, Role: "event", Outlets: 1}},
	},
		"<li class=\"event\" id=\"e-2023-09-19\" data-episode=\"exode\" data-outlets=\"afp le-monde\" data-sources=\"1\"><h3 class=\"event-date\"><a href=\"../events/2023-09-19/\"><time datetime=\"2023-09-19\">mardi 19 septembre 2023</time></a></h3><p class=\"headline\"><a href=\"../events/2023-09-19/#e-a\">&lt;b&gt;Offensive&lt;/b&gt; &amp; &#34;&#43;&#34;</a></p><p class=\"meta\">1 média · 1 article · <a href=\"../episodes/exode/\">L’exode</a></p></li>"},
	{"event-item: a summary row on an English site, no machine-readable date, hostile links", "en", EventView{
		ID: `199x"`, Href: "javascript:alert(1)", Date: "the 1990s", Title: "War \x00 \xff",
		Episode: Link{Href: "%zz%4", Text: "<War>"}, Sources: 3, Filter: FilterData{Episode: `"><x`, Outlets: "a+b & c", Sources: 3},
		Happenings:  []HappeningView{{Href: "javascript:alert(2)", Title: "War \x00 \xff", Role: "background"}},
		More:        2,
		Approximate: true,
		Spans:       true,
	},
		"<li class=\"event spans\" data-episode=\"&#34;&gt;&lt;x\" data-outlets=\"a&#43;b &amp; c\" data-sources=\"3\"><h3 class=\"event-date\"><a href=\"#ZgotmplZ\"><span class=\"approx\" title=\"approximate date\">≈</span> the 1990s</a></h3><p class=\"headline\"><a href=\"#ZgotmplZ\">War � \xff</a> <span class=\"flag role-background\">recalled</span></p><p class=\"others\"><a href=\"#ZgotmplZ\">and 2 more happenings on this date</a></p><p class=\"meta\">0 outlets · 3 articles · spans several episodes, filed under <a href=\"%25zz%254\">&lt;War&gt;</a></p></li>"},
	{"event-item: with its quotations", "fr", EventView{
		ID: "2021-05", Href: "events/2021-05/", Date: "mai 2021", Datetime: "2021-05", Title: "ignored", Sources: 2, Outlets: 2,
		Episode: Link{Href: "episodes/x/", Text: "X"}, Filter: FilterData{Episode: "x", Outlets: "afp", Sources: 2},
		Happenings: []HappeningView{{Href: "events/2021-05/#e-a", Title: "Mai", Role: "event", Outlets: 2, Groups: []OutletGroup{
			{Outlet: "Le Monde", Mentions: []MentionView{plainMention}}, {Mentions: []MentionView{hostileMention}}}}},
	},
		"<li class=\"event\" id=\"e-2021-05\" data-episode=\"x\" data-outlets=\"afp\" data-sources=\"2\"><h3 class=\"event-date\"><a href=\"events/2021-05/\"><time datetime=\"2021-05\">mai 2021</time></a></h3><p class=\"headline\"><a href=\"events/2021-05/#e-a\">Mai</a> <span class=\"meta\">2 médias</span></p><figure class=\"mention\" id=\"m-2023-09-19-a1b2\"><blockquote><p>L’offensive a commencé le <time datetime=\"2023-09-19\">mardi 19 septembre 2023</time> à l’aube.</p></blockquote><figcaption><span><a href=\"../../sources/2023-09-20-offensive/\" title=\"L’Azerbaïdjan lance une offensive\">Le Monde</a>, 20 sept. 2023</span><a class=\"copy\" href=\"../../events/2023-09-19/#a1b2\" aria-label=\"Lien permanent : mardi 19 septembre 2023\">Lien permanent</a></figcaption></figure><figure class=\"mention\" id=\"m-&#34;x&#34;&lt;y&gt;\"><blockquote lang=\"fr&#34;&gt;&lt;script&gt;\"><p>&lt;i&gt;&#34;A&amp;B&#34;&lt;/i&gt; &#43; &#39;c&#39; en <time datetime=\"1994-05\">mai 1994</time> &lt;b&gt; a�\xe2&lt;</p></blockquote><figcaption><span class=\"who\">selon &lt;b&gt;&#34;Bakou&#34;&lt;/b&gt; &amp; &#39;Erevan&#39; &#43; a�b</span><span><a href=\"#ZgotmplZ\" title=\"&lt;i&gt;titre&lt;/i&gt; \xff\xfe\">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</a>, &#39;&amp;&#43;&#34;&lt;&gt;</span><span class=\"flag\">début d’une situation qui dure</span><span class=\"flag\">date ajoutée par la rédaction</span> <span class=\"flag role-forecast\">annonce</span><span class=\"flag\">≈ date approximative</span><span class=\"also\">même phrase aussi dans <a id=\"c&#34;&lt;d&gt;\" href=\"#ZgotmplZ\">&lt;b&gt;&#34;AFP&#34;&lt;/b&gt;</a></span><a class=\"copy\" href=\"../../events/x/#a%20b%22c%3cd%3e\" aria-label=\"Lien permanent : &lt;date&gt; &amp; �\">Lien permanent</a></figcaption></figure>\n<p class=\"meta\">2 médias · 2 articles · <a href=\"episodes/x/\">X</a></p></li>"},
	{"event-item: interface text full of markup", "esc", EventView{
		ID: "2021", Href: "events/2021/", Date: "2021", Datetime: "2021", Title: "T", Sources: 5, Outlets: 2,
		Episode: Link{Href: "episodes/x/", Text: "X"}, Filter: FilterData{Episode: "x", Sources: 5},
		Happenings: []HappeningView{{Href: "events/2021/#e-a", Title: "T", Role: "forecast"}}, More: 1, Approximate: true, Spans: true,
	},
		"<li class=\"event spans\" data-episode=\"x\" data-outlets=\"\" data-sources=\"5\"><h3 class=\"event-date\"><a href=\"events/2021/\"><span class=\"approx\" title=\"&lt;approx&gt; &#34; &amp;\">≈</span> <time datetime=\"2021\">2021</time></a></h3><p class=\"headline\"><a href=\"events/2021/#e-a\">T</a> <span class=\"flag role-forecast\">&lt;annonce&gt; &amp; &#43;</span></p><p class=\"others\"><a href=\"events/2021/\">&lt;1&gt; autre &amp; &#43;</a></p><p class=\"meta\">2 &lt;médias&gt; &amp; &#43; · 5 &lt;articles&gt; &amp; &#43; · &lt;à cheval&gt; &amp; &#43; <a href=\"episodes/x/\">X</a></p></li>"},
	{"source-item: an article with its outlet, one event", "fr", ArticleView{
		Href: "2023-09-20-offensive/", Title: "L’Azerbaïdjan lance une offensive", Outlet: "Le Monde",
		Datetime: "2023-09-20", Published: "20 septembre 2023", Events: 1,
	},
		`<li><a href="2023-09-20-offensive/">L’Azerbaïdjan lance une offensive</a>` + "\n" + `<span class="meta">Le Monde · <time datetime="2023-09-20">20 septembre 2023</time> · 1 événement</span></li>`},
	{"source-item: no outlet, another language, hostile title and link", "en", ArticleView{
		Href: "javascript:alert(1)", Title: `<script>alert("x")</script> + 'a' & b`, Lang: `fr" onload="x`,
		Datetime: "2023-09-20", Published: "<20 September 2023>", Events: 12,
	},
		`<li><a href="#ZgotmplZ" lang="fr&#34; onload=&#34;x">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &#43; &#39;a&#39; &amp; b</a>` + "\n" + `<span class="meta">outlet not stated · <time datetime="2023-09-20">&lt;20 September 2023&gt;</time> · 12 events</span></li>`},
	{"source-item: interface text full of markup", "esc", ArticleView{
		Href: "a%zz b/", Title: "T", Datetime: "2021-01-01", Published: "1er janvier 2021", Events: 0,
	},
		`<li><a href="a%25zz%20b/">T</a>` + "\n" + `<span class="meta">&lt;inconnu&gt; &amp; &#43; · <time datetime="2021-01-01">1er janvier 2021</time> · 0 événements &lt;&amp;&#43;&gt;</span></li>`},
}

// escTexts is interface text full of markup, quotes and +, for the rows
// of the "esc" site.
const escTexts = `
said_by = "dit <par> & \"+\""
since_marker = "'depuis'"
added_by_editor = "<ajouté>"
copy_link = "lien & + \" ' < >"
other_sources = "<autres> & +"
source_unknown_outlet = "<inconnu> & +"
sources_count = "%d <sources> & +"
sources_count_one = "<une> source"
events_count = "%d événements <&+>"
outlets_count = "%d <médias> & +"
articles_count = "%d <articles> & +"
happenings_more_one = "<1> autre & +"
spans_from = "<à cheval> & +"
approximate = "<approx> \" &"
role_forecast = "<annonce> & +"
also_in = "<aussi> & +"
`
