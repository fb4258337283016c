"""Scale: many reviews at once, on every core of one machine (batch) or on a Spark cluster."""

from filmkritik.scale.batch import BatchJob, BatchSummary, run_batch
from filmkritik.scale.records import iter_parquet_records, iter_records

__all__ = ["BatchJob", "BatchSummary", "iter_parquet_records", "iter_records", "run_batch"]
