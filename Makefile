# Two commands for a new user: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench examples clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sipcheck review examples/plans/2024-02 --round 2024-02
	$(BIN)/sipcheck review examples/plans/2024-09 --round 2024-09
	$(BIN)/sipcheck agreement examples/rounds/2024-02.json

test: lint
	$(BIN)/python -m pytest -q

# ruff, and the layers of pyproject.toml's import-linter contracts.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

# The performance targets on a generated corpus (cached in the temp folder); exits 1
# when a target is missed. See benchmarks/README.md.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --plans 400

examples: $(STAMP)
	$(BIN)/python examples/generate.py
	$(BIN)/sipcheck review examples/plans/2024-02 --round 2024-02 --format json > /dev/null \
		--save examples/rounds/2024-02.json --force
	$(BIN)/sipcheck assess examples/rounds/2024-02.json --import examples/assessments/2024-02-anna.csv
	$(BIN)/sipcheck assess examples/rounds/2024-02.json --import examples/assessments/2024-02-bo.csv
	$(BIN)/sipcheck assess examples/rounds/2024-02.json --resolve \
		--import examples/assessments/2024-02-avgoranden.yaml
	$(BIN)/sipcheck review examples/plans/2024-09 --round 2024-09 --format json > /dev/null \
		--save examples/rounds/2024-09.json --force

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
