// Enhancements for pages that work without them: permalinks that copy
// themselves, the filters of a listing, and the search. No framework, nothing from another
// site: the search reads the index the build wrote under search/data/.
(function () {
  "use strict";
  var root = document.documentElement;
  var siteRoot = root.dataset.root || "";

  // Permalinks: every mention has a link to its stable address, its
  // anchor on its event's page; with script, a click also copies it.
  document.querySelectorAll("figure.mention a.copy").forEach(function (a) {
    a.addEventListener("click", function (e) {
      if (!navigator.clipboard || !navigator.clipboard.writeText) return;
      e.preventDefault();
      var label = a.textContent;
      navigator.clipboard.writeText(a.href).then(function () {
        a.textContent = root.dataset.copied || label;
        setTimeout(function () { a.textContent = label; }, 2000);
      }, function () { location.href = a.href; });
    });
  });

  // A quotation's permalink on an event quoted too often for one page
  // lands on its name in the index: go on to the month's page that quotes it.
  var stub = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (stub && stub.parentNode.classList.contains("stubs")) {
    location.replace(new URL(stub.parentNode.dataset.href + location.hash, location.href).href);
  }

  // format fills the %d and %s of an interface text, in order.
  function format(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/%[ds]/g, function () { return String(args.shift()); });
  }

  // Filters: the form is shown, its state read from and written to the
  // address, and the events that do not match are hidden, in the list and
  // on the chart.
  var filters = document.querySelector("form.filters");
  if (filters) {
    var items = document.querySelectorAll("li.event[data-episode], a.mark[data-episode]");
    var names = ["episode", "outlet", "place", "actor", "kind", "multi"];
    // has says whether the space-separated ids of an item's attribute hold id.
    var has = function (ids, id) { return !id || (" " + (ids || "") + " ").indexOf(" " + id + " ") >= 0; };
    var read = function () {
      var p = new URLSearchParams(location.search), s = {};
      names.forEach(function (n) { s[n] = p.get(n) || ""; });
      return s;
    };
    var fields = function () {
      var s = {};
      names.forEach(function (n) {
        var el = filters.elements[n];
        s[n] = !el ? "" : el.type === "checkbox" ? (el.checked ? "1" : "") : el.value;
      });
      return s;
    };
    var show = function (s) {
      var shown = 0, total = 0;
      items.forEach(function (it) {
        var ok = (!s.episode || it.dataset.episode === s.episode) &&
          has(it.dataset.outlets, s.outlet) && has(it.dataset.places, s.place) &&
          has(it.dataset.actors, s.actor) && has(it.dataset.kinds, s.kind) &&
          (!s.multi || Number(it.dataset.sources) >= 2);
        if (it.tagName.toLowerCase() === "li") {
          it.hidden = !ok;
          total++;
          if (ok) shown++;
        } else {
          it.classList.toggle("off", !ok);
        }
      });
      document.querySelectorAll("section.episode").forEach(function (sec) {
        sec.hidden = !sec.querySelector("li.event:not([hidden])");
      });
      filters.querySelector(".filter-count").textContent = format(filters.dataset.count, shown, total);
    };
    var write = function (s) {
      var p = new URLSearchParams(location.search);
      names.forEach(function (n) { if (s[n]) p.set(n, s[n]); else p.delete(n); });
      var q = p.toString();
      history.replaceState(null, "", location.pathname + (q ? "?" + q : "") + location.hash);
    };
    var state = read();
    names.forEach(function (n) {
      var el = filters.elements[n];
      if (!el) return;
      if (el.type === "checkbox") el.checked = state[n] === "1";
      else if (Array.prototype.some.call(el.options, function (o) { return o.value === state[n]; })) el.value = state[n];
    });
    show(fields());
    filters.addEventListener("change", function () {
      var s = fields();
      write(s);
      show(s);
    });
    filters.addEventListener("reset", function () {
      setTimeout(function () {
        var s = fields();
        write(s);
        show(s);
      }, 0);
    });
  }

  // Search. fold and terms mirror internal/fold and search.Terms: the
  // same lowercase, accent-free words the index was built from.
  function fold(s) {
    return s.normalize("NFD").replace(/\p{Mn}/gu, "").replace(/[’‘ʼ`´]/g, "'")
      .replace(/ı/g, "i").replace(/\s/gu, " ").toLowerCase();
  }
  var wordRe = /[\p{L}\p{Nd}]+/gu;
  function terms(s, m) {
    return (fold(s).match(wordRe) || []).filter(function (w) {
      return Array.from(w).length >= m.min && m.stop.indexOf(w) < 0;
    });
  }
  // Words shorter than four letters match whole words only: as prefixes
  // they would match, and download, too much ("arm", "202").
  function exactOnly(w) { return Array.from(w).length < 4; }
  function matches(term, w) { return exactOnly(w) ? term === w : term.indexOf(w) === 0; }

  var cache = {};
  // docs are the documents known so far, by id: the first results each
  // chunk carries, and the files of documents fetched for further pages.
  // Every file but the manifest is named by the hash of its bytes: one
  // kept by the browser is never read with a manifest it does not belong to.
  var docs = {};
  function load(file) {
    if (!cache[file]) {
      cache[file] = fetch(siteRoot + "search/data/" + file, file === "manifest.json" ? {cache: "no-cache"} : {}).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + r.url);
        return r.json();
      }).then(function (data) {
        var held = file.charAt(0) === "t" ? data.d : file.charAt(0) === "d" ? data : {};
        Object.keys(held).forEach(function (id) { docs[id] = held[id]; });
        return data;
      });
      cache[file].catch(function () { delete cache[file]; });
    }
    return cache[file];
  }

  // digits mirror search.encodePostings: a term's doc ids as numbers in
  // base 32, low digits first, a last digit among the first 32
  // characters. An id is coordinate × m.slots + slot; for each document,
  // an odd number 2(Δcoordinate − 1) + 1 then its slot when it starts a new
  // event, an even number 2(Δslot − 1) when it is in the event before.
  var digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var digitValue = new Int8Array(128).fill(-1);
  for (var k = 0; k < digits.length; k++) digitValue[digits.charCodeAt(k)] = k;
  function decode(s, slots) {
    var out = [], coord = 0, slot = 0, v = 0, scale = 1, base = 0, wantSlot = false;
    for (var i = 0; i < s.length; i++) {
      var d = digitValue[s.charCodeAt(i)];
      if (d >= 32) { v += (d - 32) * scale; scale *= 32; continue; }
      v += d * scale;
      if (wantSlot) {
        slot = v;
        wantSlot = false;
        out.push(base + slot);
      } else if (v % 2 === 1) {
        coord += (v - 1) / 2 + 1;
        base = coord * slots;
        wantSlot = true;
      } else {
        slot += v / 2 + 1;
        out.push(base + slot);
      }
      v = 0;
      scale = 1;
    }
    return out;
  }
  // postings returns a term's doc ids, decoded once per chunk.
  function postings(chunk, term, m) {
    if (!chunk.ids) chunk.ids = {};
    return chunk.ids[term] || (chunk.ids[term] = decode(chunk.t[term], m.slots));
  }

  // chunksFor returns the term files a word needs: the one whose prefix
  // holds it, and every one under it.
  // A chunk is written as its name (nameLen characters), "=" when it
  // holds only the exact term of its prefix or "." for the terms that
  // start with it, then the prefix.
  var nameLen = 10;
  function chunksFor(w, m) {
    var out = [];
    m.chunks.forEach(function (c) {
      var key = c.slice(nameLen + 1), exact = c.charAt(nameLen) === "=";
      var need = exactOnly(w) ? (exact ? key === w : w.indexOf(key) === 0)
        : key.indexOf(w) === 0 || (!exact && w.indexOf(key) === 0);
      if (need) out.push("t/" + c.slice(0, nameLen) + ".json");
    });
    return out;
  }

  // union merges sorted lists of doc ids into one, two by two.
  function merge(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) out.push(a[i++]);
      else if (a[i] > b[j]) out.push(b[j++]);
      else { out.push(a[i]); i++; j++; }
    }
    while (i < a.length) out.push(a[i++]);
    while (j < b.length) out.push(b[j++]);
    return out;
  }
  function union(lists) {
    while (lists.length > 1) {
      var next = [];
      for (var i = 0; i < lists.length; i += 2) next.push(i + 1 < lists.length ? merge(lists[i], lists[i + 1]) : lists[i]);
      lists = next;
    }
    return lists[0] || [];
  }
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  // clauses reads the query's words as what a result must hold: for each
  // word, or each run of words that spells a name of a place or an actor
  // (the longest, from the left), one of its names, each name a list of
  // words. The manifest's variants list the names of each place or actor
  // (see internal/search/names.go): "Berdzor" is read as "Lachin, or
  // Latchine, or Berdzor…", so every spelling finds the same results.
  function clauses(words, m) {
    if (!m.byName) {
      m.byName = {};
      m.longest = 1;
      (m.variants || []).forEach(function (v) {
        var names = v.split("|").map(function (n) { return n.split(" "); });
        names.forEach(function (n) {
          var key = n.join(" ");
          (m.byName[key] = m.byName[key] || []).push(names);
          m.longest = Math.max(m.longest, n.length);
        });
      });
    }
    var out = [];
    for (var i = 0; i < words.length;) {
      var j = Math.min(words.length, i + m.longest);
      while (j > i + 1 && !m.byName[words.slice(i, j).join(" ")]) j--;
      var groups = m.byName[words.slice(i, j).join(" ")];
      out.push(groups ? [].concat.apply([], groups) : [words.slice(i, j)]);
      i = j;
    }
    return out;
  }

  // find returns the documents that hold, for every clause of the query,
  // every word of one of its names, in date order.
  function find(cls, m) {
    var byWord = {};
    var word = function (w) {
      if (!byWord[w]) {
        byWord[w] = Promise.all(chunksFor(w, m).map(load)).then(function (chunks) {
          var lists = [];
          chunks.forEach(function (ch) {
            Object.keys(ch.t).forEach(function (term) {
              if (matches(term, w)) lists.push(postings(ch, term, m));
            });
          });
          return union(lists);
        });
      }
      return byWord[w];
    };
    var all = function (sets) {
      return sets.reduce(function (acc, s) { return acc === null ? s : intersect(acc, s); }, null) || [];
    };
    return Promise.all(cls.map(function (names) {
      return Promise.all(names.map(function (name) {
        return Promise.all(name.map(word)).then(all);
      })).then(union);
    })).then(all);
  }

  // highlight appends text to el with the words the query matches marked.
  function highlight(el, text, words) {
    var last = 0, m;
    wordRe.lastIndex = 0;
    while ((m = wordRe.exec(text)) !== null) {
      var f = fold(m[0]);
      if (!words.some(function (w) { return matches(f, w); })) continue;
      el.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      el.appendChild(mark);
      last = m.index + m[0].length;
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }

  var results = document.getElementById("results");
  var box = document.getElementById("q");
  if (results && box) {
    var count = results.querySelector(".results-count");
    var list = results.querySelector(".hits");
    var pageSize = 10;
    var current = 0;
    var more = null;

    var hit = function (doc, m, words) {
      // doc: [event, anchor, date, episode, sentence, outlet, attribution,
      // places]
      var li = document.createElement("li");
      li.className = "hit";
      var head = document.createElement("p");
      head.className = "hit-head";
      var a = document.createElement("a");
      a.href = siteRoot + "events/" + doc[0] + "/index.html#" + doc[1];
      a.textContent = doc[2];
      head.appendChild(a);
      head.appendChild(document.createTextNode(" · " + m.episodes[doc[3]]));
      var text = document.createElement("p");
      text.className = "hit-text";
      highlight(text, doc[4], words);
      var meta = document.createElement("p");
      meta.className = "meta";
      highlight(meta, doc[5] + (doc[6] ? " · " + doc[6] : ""), words);
      li.appendChild(head);
      li.appendChild(text);
      li.appendChild(meta);
      if (doc[7]) {
        var places = document.createElement("p");
        places.className = "meta hit-places";
        highlight(places, doc[7], words);
        li.appendChild(places);
      }
      return li;
    };

    // from returns the index in a sorted list of first ids of the one
    // whose range holds id: the last that starts at or before it.
    var from = function (firsts, id) {
      var lo = 0, hi = firsts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (firsts[mid] <= id) lo = mid; else hi = mid - 1;
      }
      return lo;
    };
    // dirFor returns the directory that lists the file of documents
    // holding id; the manifest gives the directories' first ids as
    // postings and their names one after the other.
    var dirFor = function (id, m) {
      if (!m.firsts) m.firsts = decode(m.dirs, m.slots);
      var i = from(m.firsts, id);
      return "x/" + m.names.slice(i * nameLen, (i + 1) * nameLen) + ".json";
    };
    var showPage = function (ids, start, words, m, run) {
      var page = ids.slice(start, start + pageSize);
      // The first page of a word is in its chunks; the rest is in the
      // files of documents, which the manifest's directories list.
      return Promise.all(page.filter(function (id) { return !docs[id]; }).map(function (id) {
        return load(dirFor(id, m)).then(function (dir) {
          if (!dir.firsts) dir.firsts = dir.map(function (f) { return f[0]; });
          return load("d/" + dir[from(dir.firsts, id)][1] + ".json");
        });
      })).then(function () {
        if (run !== current) return;
        var frag = document.createDocumentFragment();
        page.forEach(function (id) { frag.appendChild(hit(docs[id], m, words)); });
        list.appendChild(frag);
        if (more) more.remove();
        more = null;
        if (start + pageSize < ids.length) {
          more = document.createElement("button");
          more.type = "button";
          more.className = "more";
          more.textContent = results.dataset.more;
          more.addEventListener("click", function () { showPage(ids, start + pageSize, words, m, run); });
          results.appendChild(more);
        }
      });
    };

    var search = function (q) {
      var run = ++current;
      var start = performance.now();
      results.dataset.state = "busy";
      q = q.trim();
      if (!q) {
        results.hidden = true;
        results.dataset.state = "idle";
        return Promise.resolve();
      }
      var answer = function (m) {
        var cls = clauses(terms(q, m), m);
        // Every word of every name is marked where a result holds it.
        var words = [];
        cls.forEach(function (names) {
          names.forEach(function (name) {
            name.forEach(function (w) { if (words.indexOf(w) < 0) words.push(w); });
          });
        });
        if (!words.length) {
          if (run !== current) return;
          list.textContent = "";
          if (more) more.remove();
          count.textContent = results.dataset.short;
          results.hidden = false;
          results.dataset.state = "done";
          return;
        }
        return find(cls, m).then(function (ids) {
          if (run !== current) return;
          list.textContent = "";
          if (more) more.remove();
          more = null;
          count.textContent = ids.length > 1 ? format(results.dataset.many, ids.length, q)
            : format(ids.length ? results.dataset.one : results.dataset.none, q);
          results.hidden = false;
          return showPage(ids, 0, words, m, run).then(function () {
            if (run !== current) return;
            results.dataset.ms = (performance.now() - start).toFixed(1);
            results.dataset.state = "done";
          });
        });
      };
      // With the manifest in memory the query's requests leave at once,
      // while the keystroke's event is handled, not a task later.
      return (manifest ? new Promise(function (resolve) { resolve(answer(manifest)); })
        : load("manifest.json").then(answer)).catch(function () {
        if (run !== current) return;
        count.textContent = results.dataset.error;
        results.hidden = false;
        results.dataset.state = "error";
      });
    };

    var q = new URLSearchParams(location.search).get("q") || "";
    box.value = q;
    // The manifest first: a query then needs only its chunks.
    var manifest = null;
    load("manifest.json").then(function (m) {
      manifest = m;
      results.dataset.ready = "1";
    }, function () {});
    search(q);
    // Every keystroke searches: the files a word's first letters fetch are
    // those its next letters need, and a stale run never shows.
    // The address follows the query once the next frame is painted: the
    // history call takes milliseconds that the requests and the results
    // should not wait for.
    var address = function (q) {
      requestAnimationFrame(function () {
        setTimeout(function () {
          var p = new URLSearchParams(location.search);
          if (q) p.set("q", q); else p.delete("q");
          var s = p.toString();
          history.replaceState(null, "", location.pathname + (s ? "?" + s : ""));
        }, 0);
      });
    };
    box.addEventListener("input", function () {
      search(box.value);
      address(box.value.trim());
    });
    box.form.addEventListener("submit", function (e) {
      e.preventDefault();
      search(box.value);
      address(box.value.trim());
    });
  }
})();
