"""Telco churn model on Spark -- v2, everything in one Pipeline fitted on train."""
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import Imputer, StringIndexer, OneHotEncoder, VectorAssembler, StandardScaler
from pyspark.ml.classification import LogisticRegression
from pyspark.ml.evaluation import BinaryClassificationEvaluator, MulticlassClassificationEvaluator

spark = SparkSession.builder.appName("churn-lr-v2").getOrCreate()

df = spark.read.csv("data/telco_churn.csv", header=True, inferSchema=True)
df = (
    df.withColumn("label", F.when(F.col("Churn") == "Yes", 1.0).otherwise(0.0))
    .drop("Churn")
    .withColumn("TotalCharges", F.col("TotalCharges").cast("double"))
)

# --- a bit of EDA -------------------------------------------------------
df.groupBy("label").count().show()
# churn rate by contract type, just to look at (month-to-month is the problem)
df.groupBy("Contract").agg(F.avg("label").alias("churn_rate"), F.count("*").alias("n")).orderBy("churn_rate").show()
df.select([F.sum(F.col(c).isNull().cast("int")).alias(c) for c in df.columns]).show(vertical=True)

num_cols = ["tenure", "MonthlyCharges", "TotalCharges", "num_support_calls", "avg_download_gb"]
cat_cols = ["Contract", "PaymentMethod", "InternetService", "gender"]

train, test = df.randomSplit([0.8, 0.2], seed=2024)
train = train.cache()
print("train", train.count(), "test", test.count())

stages = [
    Imputer(inputCols=num_cols, outputCols=[c + "_imp" for c in num_cols], strategy="median"),
    StringIndexer(inputCols=cat_cols, outputCols=[c + "_idx" for c in cat_cols], handleInvalid="keep"),
    OneHotEncoder(inputCols=[c + "_idx" for c in cat_cols], outputCols=[c + "_ohe" for c in cat_cols]),
    VectorAssembler(inputCols=[c + "_imp" for c in num_cols] + [c + "_ohe" for c in cat_cols], outputCol="raw_features"),
    StandardScaler(inputCol="raw_features", outputCol="features", withMean=True, withStd=True),
    LogisticRegression(featuresCol="features", labelCol="label", maxIter=100, regParam=0.01),
]
pipe = Pipeline(stages=stages)
model = pipe.fit(train)

pred = model.transform(test)
auc_eval = BinaryClassificationEvaluator(labelCol="label", metricName="areaUnderROC")
acc_eval = MulticlassClassificationEvaluator(labelCol="label", predictionCol="prediction", metricName="accuracy")

model_auc = auc_eval.evaluate(pred)
model_acc = acc_eval.evaluate(pred)

# --- baseline: predict the training churn rate for everyone -------------
prior = train.agg(F.avg("label")).first()[0]
majority = 1.0 if prior >= 0.5 else 0.0
base = (
    test.withColumn("base_score", F.lit(float(prior)))
    .withColumn("base_pred", F.lit(majority))
)
base_auc = BinaryClassificationEvaluator(labelCol="label", rawPredictionCol="base_score").evaluate(base)
base_acc = MulticlassClassificationEvaluator(labelCol="label", predictionCol="base_pred", metricName="accuracy").evaluate(base)

print(f"baseline (prior={prior:.3f}): AUC={base_auc:.3f} acc={base_acc:.3f}")
print(f"logreg pipeline        : AUC={model_auc:.3f} acc={model_acc:.3f}")

model.write().overwrite().save("models/churn_lr_v2")
spark.stop()
