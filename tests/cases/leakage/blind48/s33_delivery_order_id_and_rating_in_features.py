# ETA regression - take-home submission
# Spark ML GBTRegressor, out-of-time validation (last 2 weeks), MAE + RMSE vs a mean baseline.

import sys
from pyspark.sql import SparkSession, functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler, StringIndexer, OneHotEncoder
from pyspark.ml.regression import GBTRegressor
from pyspark.ml.evaluation import RegressionEvaluator

spark = SparkSession.builder.appName("eta-gbt").getOrCreate()

orders = spark.read.csv("train.csv", header=True, inferSchema=True)
score_me = spark.read.csv("test.csv", header=True, inferSchema=True)
if "delivery_minutes" not in orders.columns:
    sys.exit("target column missing")

orders.select(F.count("*").alias("n"), F.min("order_ts"), F.max("order_ts"),
              F.avg("delivery_minutes"), F.stddev("delivery_minutes")).show(truncate=False)


def time_parts(df):
    return (df.withColumn("hour", F.hour("order_ts"))
              .withColumn("minute_of_day", F.hour("order_ts") * 60 + F.minute("order_ts"))
              .withColumn("dow", F.dayofweek("order_ts"))
              .withColumn("km_per_item", F.col("distance_km") / F.greatest(F.col("n_items"), F.lit(1)))
              .withColumn("busy", (F.col("courier_active_orders") >= 3).cast("int")))


orders = time_parts(orders)
score_me = time_parts(score_me)

# everything numeric that is not the target goes in; GBT can ignore what is useless
skip = {"delivery_minutes"}
num_cols = [c for c, t in orders.dtypes if t in ("int", "bigint", "double") and c not in skip]
cat_cols = ["weather", "city_zone"]
print("numeric features:", num_cols)

# out-of-time split: the last 14 days are held out
end = orders.agg(F.max("order_ts")).first()[0]
cutoff = F.lit(end) - F.expr("INTERVAL 14 DAYS")
fit_df = orders.filter(F.col("order_ts") < cutoff)
val_df = orders.filter(F.col("order_ts") >= cutoff)
print("fit rows", fit_df.count(), "validation rows", val_df.count())

stages = [
    StringIndexer(inputCols=cat_cols, outputCols=[c + "_i" for c in cat_cols], handleInvalid="keep"),
    OneHotEncoder(inputCols=[c + "_i" for c in cat_cols], outputCols=[c + "_o" for c in cat_cols]),
    VectorAssembler(inputCols=num_cols + [c + "_o" for c in cat_cols], outputCol="features", handleInvalid="skip"),
    GBTRegressor(labelCol="delivery_minutes", featuresCol="features", maxDepth=6, maxIter=200,
                 stepSize=0.05, subsamplingRate=0.8, seed=5),
]
model = Pipeline(stages=stages).fit(fit_df)
val_pred = model.transform(val_df)

metrics = {m: RegressionEvaluator(labelCol="delivery_minutes", metricName=m) for m in ("mae", "rmse", "r2")}
print("GBT      ", {m: round(e.evaluate(val_pred), 3) for m, e in metrics.items()})

mean_minutes = fit_df.agg(F.avg("delivery_minutes")).first()[0]
const_pred = val_df.withColumn("prediction", F.lit(float(mean_minutes)))
print("baseline ", {m: round(e.evaluate(const_pred), 3) for m, e in metrics.items() if m != "r2"})

gbt = model.stages[-1]
names = num_cols + ["weather_o", "city_zone_o"]
print("top importances (numeric part):")
for n, v in sorted(zip(num_cols, gbt.featureImportances.toArray()[:len(num_cols)]), key=lambda t: -t[1])[:8]:
    print(f"   {n:24s} {v:.3f}")

final = Pipeline(stages=stages).fit(orders)
final.transform(score_me).select("order_id", "prediction").toPandas().to_csv("predictions.csv", index=False)
spark.stop()
