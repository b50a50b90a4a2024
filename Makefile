# The two commands of the README:
#   make run    install into .venv, build the tables of corpus/ into build/tables/,
#               re-execute every notebook in place (refreshing figures/)
#   make test   install into .venv, run the unit tests and nbval on notebooks/
# Other targets: make html (rendered notebooks in build/html/), make bench,
# make run CORPUS=path (notebooks re-executed on another corpus into build/).

PYTHON      ?= python3
VENV        ?= .venv
PY          := $(VENV)/bin/python
STAMP       := $(VENV)/.installed
NOTEBOOKS   := $(sort $(wildcard notebooks/*.ipynb))
CORPUS      ?=
# Executing in place must not record run times, or every run would change the files.
NBCONVERT   := $(PY) -m jupyter nbconvert --to notebook --execute \
               --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.record_timing=False

.PHONY: run test install tables notebooks html bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[notebooks,distributed,test]"
	$(PY) -m ipykernel install --prefix $(VENV) --name python3 --display-name "Python 3" >/dev/null
	touch $(STAMP)

ifeq ($(CORPUS),)
run: install tables notebooks

tables: install
	$(PY) -m analysis build corpus --out build/tables

notebooks: install
	$(NBCONVERT) --inplace $(NOTEBOOKS)
else
# Another corpus: tables, executed notebooks and figures all go under build/,
# the committed notebooks and figures/ stay untouched.
RUN_DIR := build/runs/$(notdir $(abspath $(CORPUS)))
run: install
	$(PY) -m analysis build $(CORPUS) --out $(RUN_DIR)/tables
	mkdir -p $(RUN_DIR)/notebooks $(RUN_DIR)/figures
	for nb in $(NOTEBOOKS); do \
	  $(PY) -m papermill --no-progress-bar $$nb $(RUN_DIR)/notebooks/$$(basename $$nb) \
	    -p corpus_path "$(abspath $(CORPUS))" -p figures_dir "$(abspath $(RUN_DIR))/figures" || exit 1; \
	done
	@echo "notebooks executed on $(CORPUS): $(RUN_DIR)/notebooks"
endif

test: install
	$(PY) -m pytest -q tests
	$(PY) -m pytest -q --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider notebooks

# Rendered notebooks with their figures embedded, for reviewers: the committed
# ones into build/html/, or with CORPUS=path the ones `make run CORPUS=path`
# executed, into build/html/<corpus name>/.
ifeq ($(CORPUS),)
html: install
	mkdir -p build/html
	$(PY) -m jupyter nbconvert --to html --embed-images --output-dir build/html $(NOTEBOOKS)
else
html: install
	mkdir -p build/html/$(notdir $(abspath $(CORPUS)))
	$(PY) -m jupyter nbconvert --to html --embed-images --output-dir build/html/$(notdir $(abspath $(CORPUS))) \
	  $(sort $(wildcard build/runs/$(notdir $(abspath $(CORPUS)))/notebooks/*.ipynb))
endif

bench: install
	$(PY) benchmarks/bench_build.py $(BENCH_ARGS)

clean:
	rm -rf build
