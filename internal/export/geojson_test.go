package export

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"timeline/internal/corpus"
	"timeline/internal/i18n"
	"timeline/internal/timeline"
	"timeline/templates"
)

// geoFeatureOf is what TestGeoJSON compares of a feature: the happening,
// the place, its point as written (longitude first) and near.
type geoFeatureOf struct {
	event, place string
	lon, lat     float64
	near         string
}

// checkGeoJSON checks that data is a GeoJSON FeatureCollection of Points
// as RFC 7946 defines one, and as events.geojson promises it, without
// the package's code or types: UTF-8 (section 11); one object whose
// "type" is "FeatureCollection" with a "features" array, and no "crs"
// (section 4 removed it); each feature an object of "type" "Feature"
// with a "geometry" and a "properties" member, both objects (section
// 3.2), and no "coordinates" or "features" of its own (section 7.1); each
// geometry of "type" "Point" whose "coordinates" are one position of
// two finite numbers, longitude first (section 3.1.1, 4), within ±180
// and ±90, at most 6 decimals; the properties of the documented types.
// It returns what it read of each feature.
func checkGeoJSON(t *testing.T, data []byte) []geoFeatureOf {
	t.Helper()
	if !utf8.Valid(data) {
		t.Fatal("events.geojson is not UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // to read the numbers as written
	var top map[string]any
	if err := dec.Decode(&top); err != nil {
		t.Fatalf("events.geojson is not a JSON object: %v", err)
	}
	if dec.More() {
		t.Fatal("events.geojson has more than one JSON value")
	}
	if top["type"] != "FeatureCollection" {
		t.Fatalf("type = %v, want FeatureCollection", top["type"])
	}
	for _, k := range []string{"crs", "geometry", "properties", "coordinates"} {
		if _, ok := top[k]; ok {
			t.Errorf("the FeatureCollection has a %q member", k)
		}
	}
	features, ok := top["features"].([]any)
	if !ok {
		t.Fatalf("features = %T, want an array", top["features"])
	}
	var out []geoFeatureOf
	for i, v := range features {
		f, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("features[%d] is %T, not an object", i, v)
		}
		if f["type"] != "Feature" {
			t.Errorf("features[%d].type = %v", i, f["type"])
		}
		for _, k := range []string{"crs", "coordinates", "features"} {
			if _, ok := f[k]; ok {
				t.Errorf("features[%d] has a %q member", i, k)
			}
		}
		g, ok := f["geometry"].(map[string]any)
		if !ok {
			t.Fatalf("features[%d].geometry = %T, want an object", i, f["geometry"])
		}
		if g["type"] != "Point" {
			t.Errorf("features[%d].geometry.type = %v", i, g["type"])
		}
		pos, ok := g["coordinates"].([]any)
		if !ok || len(pos) != 2 {
			t.Fatalf("features[%d].geometry.coordinates = %v, want [lon, lat]", i, g["coordinates"])
		}
		var ll [2]float64
		for k, c := range pos {
			n, ok := c.(json.Number)
			if !ok {
				t.Fatalf("features[%d] coordinate %d = %T, want a number", i, k, c)
			}
			s := n.String()
			x, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				t.Errorf("features[%d] coordinate %d = %s, not a finite number", i, k, s)
			}
			if strings.ContainsAny(s, "eE") {
				t.Errorf("features[%d] coordinate %d = %s, in an exponent", i, k, s)
			}
			if _, dec, ok := strings.Cut(s, "."); ok && len(dec) > 6 {
				t.Errorf("features[%d] coordinate %d = %s, more than 6 decimals", i, k, s)
			}
			ll[k] = x
		}
		if math.Abs(ll[0]) > 180 || math.Abs(ll[1]) > 90 {
			t.Errorf("features[%d]: %v is no longitude, latitude", i, ll)
		}
		p, ok := f["properties"].(map[string]any)
		if !ok {
			t.Fatalf("features[%d].properties = %T, want an object", i, f["properties"])
		}
		for _, k := range []string{"event", "date", "headline", "page", "place", "place_name", "place_kind", "near"} {
			if _, ok := p[k].(string); !ok {
				t.Errorf("features[%d].properties.%s = %v, want a string", i, k, p[k])
			}
		}
		if n, ok := p["outlets"].(json.Number); !ok {
			t.Errorf("features[%d].properties.outlets = %v, want a number", i, p["outlets"])
		} else if _, err := n.Int64(); err != nil {
			t.Errorf("features[%d].properties.outlets = %v, want an integer", i, n)
		}
		ks, ok := p["kinds"].([]any)
		if !ok {
			t.Errorf("features[%d].properties.kinds = %v, want an array", i, p["kinds"])
		}
		for _, k := range ks {
			if _, ok := k.(string); !ok {
				t.Errorf("features[%d].properties.kinds holds %v, want ids", i, k)
			}
		}
		event, _ := p["event"].(string)
		place, _ := p["place"].(string)
		near, _ := p["near"].(string)
		out = append(out, geoFeatureOf{event, place, ll[0], ll[1], near})
	}
	return out
}

// wantFeatures returns the features events.geojson must have of tl: one
// per happening and place of the gazetteer, at the gazetteer's point.
func wantFeatures(tl *timeline.Timeline) []geoFeatureOf {
	var out []geoFeatureOf
	for _, ev := range tl.Events {
		for _, h := range ev.Happenings {
			for _, id := range h.Places {
				p := tl.Lexicons.Gazetteer.Place(id)
				out = append(out, geoFeatureOf{h.ID, id, round(p.Lon), round(p.Lat), p.Near})
			}
		}
	}
	return out
}

// TestGeoJSON checks events.geojson against RFC 7946 (checkGeoJSON) and
// that it has one feature per happening and place, at the place's point,
// longitude first: of the repository's site, of a generated one, and of
// a small one whose features are written out.
func TestGeoJSON(t *testing.T) {
	fr, probs := i18n.Load(templates.FS, "templates", "fr")
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	for _, tt := range []struct {
		name string
		load func(t *testing.T) (Site, *timeline.Timeline)
		want []geoFeatureOf // nil: wantFeatures
	}{
		{"the repository's site", seedSite, nil},
		{"a generated site", func(t *testing.T) (Site, *timeline.Timeline) {
			dir := t.TempDir()
			if err := corpus.Write(dir, 300, 1); err != nil {
				t.Fatal(err)
			}
			return loadSite(t, dir)
		}, nil},
		{"a town and a bridge drawn at its point, near saying so", func(t *testing.T) (Site, *timeline.Timeline) {
			return Site{Title: "Essai", Text: fr}, lexiconSite(testLexicons(t))
		}, []geoFeatureOf{
			{"2020-09-27/" + lemonde.Slug, "essai-ville", 46.765432, 39.123457, ""},
			{"2020-09-27/" + ouest.Slug, "essai-pont", 46.765432, 39.123457, "essai-ville"},
			{"2020-09-27/" + ouest.Slug, "essai-ville", 46.765432, 39.123457, ""},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, tl := tt.load(t)
			out := files{}
			if err := Write(tl, s, nil, out); err != nil {
				t.Fatal(err)
			}
			got := checkGeoJSON(t, out[GeoJSONPath])
			want := tt.want
			if want == nil {
				want = wantFeatures(tl)
			}
			if len(want) == 0 {
				t.Fatal("the site names no place: the test checks nothing")
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("features:\n%v\nwant\n%v", got, want)
			}
		})
	}
}

// TestGeoJSONProperties checks the properties of a feature, and that a
// timeline without lexicons or places makes an empty collection.
func TestGeoJSONProperties(t *testing.T) {
	fr, _ := i18n.Load(templates.FS, "templates", "fr")
	out := files{}
	if err := Write(lexiconSite(testLexicons(t)), Site{Title: "Essai", Text: fr}, nil, out); err != nil {
		t.Fatal(err)
	}
	var fc struct{ Features []geoFeature }
	if err := json.Unmarshal(out[GeoJSONPath], &fc); err != nil || len(fc.Features) != 3 {
		t.Fatalf("events.geojson: %v, %d features", err, len(fc.Features))
	}
	want := geoHappening{Event: "2020-09-27/" + ouest.Slug, Date: "2020-09-27", Headline: "Combats au pont",
		Page: "events/2020-09-27/#e-" + ouest.Slug, Outlets: 1, Place: "essai-pont", PlaceName: "Pont d'Essai",
		PlaceKind: "road", Near: "essai-ville", Kinds: []string{"clash"}}
	if got := fc.Features[1].Properties; !reflect.DeepEqual(got, want) {
		t.Errorf("properties:\n%+v\nwant\n%+v", got, want)
	}

	out = files{}
	if err := Write(lexiconSite(nil), Site{Title: "Essai", Text: fr}, nil, out); err != nil {
		t.Fatal(err)
	}
	if got, want := string(out[GeoJSONPath]), `{"type":"FeatureCollection","features":[]}`; got != want {
		t.Errorf("without lexicons, events.geojson = %s, want %s", got, want)
	}
}

// TestPoint checks which points a feature is drawn at, and how they are
// rounded.
func TestPoint(t *testing.T) {
	for _, tt := range []struct {
		lat, lon         float64
		wantLat, wantLon float64
		ok               bool
	}{
		{39.8177, 46.7528, 39.8177, 46.7528, true},            // as the gazetteer writes it
		{39.12345649, 46.7654325, 39.123456, 46.765433, true}, // 6 decimals, rounded half away from zero
		{-0.0000001, 0.0000004, 0, 0, true},                   // -0 is 0
		{90, -180, 90, -180, true},                            // the edges
		{90.000001, 0, 90.000001, 0, false},                   // past a pole
		{0, 180.5, 0, 180.5, false},                           // past the antimeridian
		{math.NaN(), 0, math.NaN(), 0, false},                 // not a number
		{math.Inf(1), 0, math.Inf(1), 0, false},               // infinite
	} {
		lat, lon, ok := point(tt.lat, tt.lon)
		same := func(a, b float64) bool {
			return a == b && math.Signbit(a) == math.Signbit(b) || math.IsNaN(a) && math.IsNaN(b)
		}
		if ok != tt.ok || ok && (!same(lat, tt.wantLat) || !same(lon, tt.wantLon)) {
			t.Errorf("point(%v, %v) = %v, %v, %v; want %v, %v, %v", tt.lat, tt.lon, lat, lon, ok, tt.wantLat, tt.wantLon, tt.ok)
		}
		for _, x := range []float64{lat, lon} {
			if _, dec, _ := strings.Cut(strconv.FormatFloat(x, 'f', -1, 64), "."); ok && len(dec) > 6 {
				t.Errorf("point(%v, %v): %v has more than 6 decimals", tt.lat, tt.lon, x)
			}
		}
	}
}
