# Loan default - PySpark solution
# run: spark-submit s09.py  (expects train.csv / test.csv in the cwd)

from pyspark.sql import SparkSession, DataFrame
from pyspark.sql import functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler, Imputer
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.evaluation import BinaryClassificationEvaluator
from pyspark.ml.functions import vector_to_array

spark = SparkSession.builder.appName("loan_default_gbt").getOrCreate()
spark.sparkContext.setLogLevel("WARN")

train_csv = spark.read.csv("train.csv", header=True, inferSchema=True)
test_csv = spark.read.csv("test.csv", header=True, inferSchema=True)

TARGET = "default"
print("n rows:", train_csv.count())
train_csv.groupBy(TARGET).count().show()
train_csv.select("annual_income", "dti", "revol_util", "credit_score").summary("min", "50%", "max").show()

# ---------------------------------------------------------------------------
# mean-target encoding for the two high-signal categoricals
# ---------------------------------------------------------------------------
def rate_by(df: DataFrame, col: str, alpha: float = 20.0) -> DataFrame:
    overall = df.agg(F.avg(TARGET)).first()[0]
    return (df.groupBy(col)
              .agg(F.count("*").alias("cnt"), F.avg(TARGET).alias("raw_rate"))
              .withColumn(f"{col}_te",
                          (F.col("raw_rate") * F.col("cnt") + F.lit(overall) * alpha) / (F.col("cnt") + alpha))
              .select(col, f"{col}_te"))

grade_te = rate_by(train_csv, "grade")
purpose_te = rate_by(train_csv, "purpose")

def build(df: DataFrame) -> DataFrame:
    return (df.join(grade_te, "grade", "left")
              .join(purpose_te, "purpose", "left")
              .withColumn("is_renter", (F.col("home_ownership") == "RENT").cast("int"))
              .withColumn("income_per_1k_loan", F.col("annual_income") / (F.col("loan_amount") / 1000.0))
              .withColumn("util_x_dti", F.col("revol_util") * F.col("dti")))

full = build(train_csv).withColumn("label", F.col(TARGET).cast("double"))
to_score = build(test_csv)

FEATURES = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "credit_score",
            "emp_length", "open_accounts", "delinq_2y", "revol_util", "grade_te", "purpose_te",
            "is_renter", "income_per_1k_loan", "util_x_dti"]

# ---------------------------------------------------------------------------
# holdout split + model
# ---------------------------------------------------------------------------
tr, ho = full.randomSplit([0.75, 0.25], seed=2024)

imp = Imputer(inputCols=FEATURES, outputCols=[f + "_m" for f in FEATURES], strategy="median")
vec = VectorAssembler(inputCols=[f + "_m" for f in FEATURES], outputCol="features")
gbt = GBTClassifier(labelCol="label", featuresCol="features", maxDepth=4, maxIter=120, stepSize=0.05,
                    subsamplingRate=0.8, seed=2024)
model = Pipeline(stages=[imp, vec, gbt]).fit(tr)
ho_pred = model.transform(ho)

roc = BinaryClassificationEvaluator(labelCol="label", metricName="areaUnderROC")
prc = BinaryClassificationEvaluator(labelCol="label", metricName="areaUnderPR")
print(f"holdout ROC-AUC {roc.evaluate(ho_pred):.4f}  PR-AUC {prc.evaluate(ho_pred):.4f}")

# reference point: everybody gets the training default rate
p0 = tr.agg(F.avg("label")).first()[0]
ref = ho.withColumn("rawPrediction", F.lit(float(p0)))
print(f"baseline ROC-AUC {roc.evaluate(ref):.4f}  PR-AUC {prc.evaluate(ref):.4f}")

gbt_model = model.stages[-1]
for name, imp_ in sorted(zip(FEATURES, gbt_model.featureImportances.toArray()), key=lambda t: -t[1]):
    print(f"{name:22s} {imp_:.3f}")

# ---------------------------------------------------------------------------
# predictions.csv
# ---------------------------------------------------------------------------
final = Pipeline(stages=[imp, vec, gbt]).fit(full)
(final.transform(to_score)
      .select("loan_id", vector_to_array("probability")[1].alias("prediction"))
      .toPandas()
      .to_csv("predictions.csv", index=False))
spark.stop()
