"""Loan default: Spark for the feature table, scikit-learn for the model.

The business wants a yes/no "decline" flag as well as a probability, so I also
pick an operating threshold that maximises F1 (on a validation split; the
test split is only scored at the end).
"""
import numpy as np
import pandas as pd
from pyspark.sql import SparkSession, functions as F
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

spark = SparkSession.builder.appName("loan-features").getOrCreate()


def spark_features(path):
    df = spark.read.csv(path, header=True, inferSchema=True)
    return (df
            .withColumn("loan_to_income", F.col("loan_amount") / (F.col("annual_income") + 1))
            .withColumn("monthly_payment_est",
                        F.col("loan_amount") * (1 + F.col("interest_rate") / 100) / F.col("term_months"))
            .withColumn("payment_to_income", F.col("monthly_payment_est") * 12 / (F.col("annual_income") + 1))
            .withColumn("has_delinq", (F.col("delinq_2y") > 0).cast("int"))
            .drop("collections_status", "recovery_amount"))


train_pdf = spark_features("train.csv").toPandas()
test_pdf = spark_features("test.csv").toPandas()
print(train_pdf.shape, test_pdf.shape)
print(train_pdf["default"].value_counts(normalize=True))

NUM = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "credit_score",
       "emp_length", "open_accounts", "delinq_2y", "revol_util", "loan_to_income",
       "monthly_payment_est", "payment_to_income", "has_delinq"]
CAT = ["home_ownership", "purpose", "grade"]

X = train_pdf[NUM + CAT]
y = train_pdf["default"].astype(int)
X_dev, X_te, y_dev, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=7)
X_tr, X_va, y_tr, y_va = train_test_split(X_dev, y_dev, test_size=0.25, stratify=y_dev, random_state=7)

pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(C=0.5, max_iter=2000))])
clf.fit(X_tr, y_tr)

# operating point chosen on validation
p_va = clf.predict_proba(X_va)[:, 1]
grid = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(y_va, (p_va >= t).astype(int)) for t in grid]
best_t = float(grid[int(np.argmax(f1s))])
print(f"validation: best threshold {best_t:.2f}, F1 {max(f1s):.4f}")

# test scored once with the frozen model + threshold
p_te = clf.predict_proba(X_te)[:, 1]
yhat = (p_te >= best_t).astype(int)
print(f"test ROC AUC: {roc_auc_score(y_te, p_te):.4f}")
print(f"test @ {best_t:.2f}: F1 {f1_score(y_te, yhat):.4f}  "
      f"precision {precision_score(y_te, yhat):.4f}  recall {recall_score(y_te, yhat):.4f}")

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]
print(f"baseline (prior) ROC AUC: {roc_auc_score(y_te, p_dummy):.4f}  "
      f"F1 if everyone flagged: {f1_score(y_te, np.ones_like(y_te)):.4f}")

clf.fit(X, y)
pd.DataFrame({"loan_id": test_pdf["loan_id"],
              "prediction": clf.predict_proba(test_pdf[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
with open("threshold.txt", "w") as fh:
    fh.write(f"{best_t:.2f}\n")
