package export

import (
	"bytes"
	"strconv"

	"timeline/internal/address"
	"timeline/internal/jsonstr"
	"timeline/internal/timeline"
)

// eventsGeoJSON makes events.geojson, a GeoJSON FeatureCollection (RFC
// 7946) for a GIS or a web map (QGIS, uMap): a Point feature per
// happening and place it names, at the place's point, one piece per
// event. It has no "crs" member (RFC 7946 dropped it: every position is
// WGS 84 longitude, latitude) and no "bbox".
func (w *writer) eventsGeoJSON(t *timeline.Timeline, f *file) {
	f.add(0, []byte(`{"type":"FeatureCollection","features":[`))
	var scratch []byte
	lang := w.lang()
	places := placesByID(t)
	first := true
	for _, ev := range t.Events {
		if len(ev.Places) == 0 {
			continue
		}
		key := w.eventKey("geojson", ev)
		piece, _ := w.piece(key, func() ([]byte, error) {
			scratch = appendFeatures(scratch[:0], places, ev, lang)
			return bytes.Clone(scratch), nil
		})
		if len(piece) == 0 { // its places have no point
			continue
		}
		if !first {
			f.add(0, comma)
		}
		first = false
		f.add(key, piece)
	}
	f.add(0, []byte(`]}`))
}

// appendFeatures appends the features of ev's happenings, separated by
// commas: one per happening and place of places (the timeline's, by id)
// it names, in the order of the happenings and of their places, the most
// named first. A place drawn at another's point (a road, a bridge: its
// near) is there, its near saying so; a place not in places, or whose
// point is no point of the Earth, has no feature.
func appendFeatures(b []byte, places map[string]*timeline.Place, ev *timeline.Event, lang string) []byte {
	day := page(address.Event(ev.ID))
	n := 0
	for k := range ev.Happenings {
		h := &ev.Happenings[k]
		for _, id := range h.Places {
			p := places[id]
			if p == nil {
				continue
			}
			lat, lon, ok := point(p.Lat, p.Lon)
			if !ok {
				continue
			}
			if n > 0 {
				b = append(b, ',')
			}
			n++
			b = append(b, `{"type":"Feature","geometry":{"type":"Point","coordinates":[`...)
			// RFC 7946, section 3.1.1: longitude first.
			b = strconv.AppendFloat(b, lon, 'f', -1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, lat, 'f', -1, 64)
			b = append(b, `]},"properties":{"event":`...)
			b = jsonstr.Append(b, h.ID)
			b = append(b, `,"date":`...)
			b = jsonstr.Append(b, ev.Date.String())
			b = append(b, `,"headline":`...)
			b = jsonstr.Append(b, h.Title)
			b = append(b, `,"page":`...)
			b = jsonstr.Append(b, day+"#"+h.Anchor)
			b = append(b, `,"outlets":`...)
			b = strconv.AppendInt(b, int64(h.Outlets), 10)
			b = append(b, `,"place":`...)
			b = jsonstr.Append(b, p.ID)
			b = append(b, `,"place_name":`...)
			b = jsonstr.Append(b, p.NameIn(lang))
			b = append(b, `,"place_kind":`...)
			b = jsonstr.Append(b, p.Kind)
			b = append(b, `,"near":`...)
			b = jsonstr.Append(b, p.Near)
			b = append(b, `,"kinds":`...)
			b = appendStrings(b, h.Kinds)
			b = append(b, "}}"...)
		}
	}
	return b
}
