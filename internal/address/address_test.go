package address

import "testing"

func TestOutletKey(t *testing.T) {
	for in, want := range map[string]string{
		"Le Monde":             "le-monde",
		"L’Orient-Le Jour":     "l-orient-le-jour",
		"La Gazette française": "la-gazette-francaise",
		"  AFP  ":              "afp",
		"":                     "",
	} {
		if got := OutletKey(in); got != want {
			t.Errorf("OutletKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPaths(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Event("2023-09-19"), "events/2023-09-19/index.html"},
		{EventMonth("2016", "2023-09"), "events/2016/2023-09/index.html"},
		{Episode("guerre-2020"), "episodes/guerre-2020/index.html"},
		{Month("contexte", "199x"), "episodes/contexte/199x/index.html"},
		{Source("2023-09-20-offensive"), "sources/2023-09-20-offensive/index.html"},
		{Outlet("le-monde"), "outlets/le-monde/index.html"},
		{Dir(Event("2020")), "events/2020/"},
		{Dir("index.html"), ""},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}
