"""Loan default classifier (PySpark).

Defaults are roughly a quarter of the loans, so plain accuracy is a readable
headline metric here; it is compared against always predicting "no default".
"""
from pyspark.sql import SparkSession
import pyspark.sql.functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import Imputer, StringIndexer, OneHotEncoder, VectorAssembler
from pyspark.ml.classification import RandomForestClassifier
from pyspark.ml.evaluation import MulticlassClassificationEvaluator
from pyspark.ml.tuning import TrainValidationSplit, ParamGridBuilder
from pyspark.ml.functions import vector_to_array

spark = SparkSession.builder.appName("loan-rf-acc").getOrCreate()

loans = spark.read.csv("train.csv", header=True, inferSchema=True)
to_predict = spark.read.csv("test.csv", header=True, inferSchema=True)
loans = loans.withColumn("label", F.col("default").cast("double"))

loans.groupBy("label").count().show()
loans.groupBy("term_months").agg(F.count("*").alias("n")).show()

numeric = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "credit_score",
           "emp_length", "open_accounts", "delinq_2y", "revol_util"]
categorical = ["home_ownership", "purpose", "grade"]

train, test = loans.randomSplit([0.8, 0.2], seed=10)

rf = RandomForestClassifier(labelCol="label", featuresCol="features", seed=10)
pipe = Pipeline(stages=[
    Imputer(inputCols=numeric, outputCols=[c + "_f" for c in numeric], strategy="median"),
    StringIndexer(inputCols=categorical, outputCols=[c + "_n" for c in categorical], handleInvalid="keep"),
    OneHotEncoder(inputCols=[c + "_n" for c in categorical], outputCols=[c + "_h" for c in categorical]),
    VectorAssembler(inputCols=[c + "_f" for c in numeric] + [c + "_h" for c in categorical], outputCol="features"),
    rf,
])

accuracy = MulticlassClassificationEvaluator(labelCol="label", predictionCol="prediction", metricName="accuracy")
grid = (ParamGridBuilder()
        .addGrid(rf.numTrees, [100, 300])
        .addGrid(rf.maxDepth, [6, 10, 14])
        .build())
tvs = TrainValidationSplit(estimator=pipe, estimatorParamMaps=grid, evaluator=accuracy, trainRatio=0.8, seed=10)
tvs_model = tvs.fit(train)
for pm, m in zip(grid, tvs_model.validationMetrics):
    print({p.name: v for p, v in pm.items()}, round(m, 4))

test_pred = tvs_model.transform(test)
print("test accuracy (chosen RF):", round(accuracy.evaluate(test_pred), 4))

majority = train.groupBy("label").count().orderBy(F.desc("count")).first()["label"]
print("test accuracy (baseline, always %d):" % int(majority),
      round(accuracy.evaluate(test.withColumn("prediction", F.lit(float(majority)))), 4))

best_pipe = tvs_model.bestModel
best_rf = best_pipe.stages[-1]
print("chosen:", best_rf.getNumTrees, "trees, depth", best_rf.getOrDefault("maxDepth"))
(best_pipe.transform(to_predict)
          .select("loan_id", vector_to_array("probability")[1].alias("prediction"))
          .toPandas().to_csv("predictions.csv", index=False))
