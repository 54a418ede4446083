# The two commands of README.md. Each installs what is missing first (scripts/setup.sh).
.PHONY: serve test bench
serve:
	@scripts/serve.sh
test:
	@scripts/test.sh
bench:
	@scripts/bench.sh
