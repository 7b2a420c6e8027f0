package geomap

import "math"

// The projection is Lambert's azimuthal equal-area, centred on the South
// Caucasus, on a sphere: areas stay true, so the Caspian and Armenia keep
// their relative sizes, and shapes are barely bent within 1,500 km of the
// centre, which holds every place the region box keeps. North is up along
// the centre's meridian; at Baku the meridians lean by under 3°.
//
// Formulas from J. P. Snyder, Map Projections: A Working Manual, USGS
// Professional Paper 1395 (1987), p. 185, equations (24-2), (22-4) and
// (22-5):
//
//	k' = sqrt(2 / (1 + sin φ0 sin φ + cos φ0 cos φ cos(λ − λ0)))
//	x  = R k' cos φ sin(λ − λ0)
//	y  = R k' (cos φ0 sin φ − sin φ0 cos φ cos(λ − λ0))
//
// The sphere is enough: at these scales the ellipsoid would move a border
// by less than a tenth of a viewBox unit.
const (
	centreLat = 40.5 // φ0: between Yerevan and Tbilisi
	centreLon = 45.5 // λ0
	earth     = 6371008.8
)

var sinLat0, cosLat0 = math.Sincos(centreLat * math.Pi / 180)

// xy is a projected point in metres: x east, y north of the centre.
type xy struct{ x, y float64 }

// project projects a point given in degrees. ok is false at the centre's
// antipode (in the South Pacific), which has no place on the map.
func project(lat, lon float64) (p xy, ok bool) {
	sinLat, cosLat := math.Sincos(lat * math.Pi / 180)
	sinDLon, cosDLon := math.Sincos((lon - centreLon) * math.Pi / 180)
	d := 1 + sinLat0*sinLat + cosLat0*cosLat*cosDLon
	if d < 1e-9 {
		return xy{}, false
	}
	k := math.Sqrt(2 / d)
	return xy{
		x: earth * k * cosLat * sinDLon,
		y: earth * k * (cosLat0*sinLat - sinLat0*cosLat*cosDLon),
	}, true
}
