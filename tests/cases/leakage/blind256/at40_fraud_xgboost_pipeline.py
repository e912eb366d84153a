"""Card fraud - XGBoost behind a sklearn ColumnTransformer.

* one-hot for categoricals, numeric passthrough (trees do not need scaling)
* scale_pos_weight for the ~3% positive rate
* early stopping on PR AUC ("aucpr") so the number of trees is not guessed;
  it watches a validation slice of the training part, the test part is only
  scored once at the end
* compare with a DummyClassifier, report ROC AUC and average precision
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from xgboost import XGBClassifier

SEED = 99
CAT = ["merchant_category", "country", "device_type"]
NUM = ["amount", "hour", "distance_from_home_km", "account_age_days", "txn_count_24h"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X, y = df[CAT + NUM], df["is_fraud"]
print("fraud share %.3f" % y.mean())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_fit, X_es, y_fit, y_es = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train, random_state=SEED)

prep = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=10), CAT)],
                         remainder="passthrough")
Xt_train = prep.fit_transform(X_fit)
Xt_es = prep.transform(X_es)
Xt_test = prep.transform(X_test)
y_train = y_fit

spw = (y_train == 0).sum() / (y_train == 1).sum()
xgb = XGBClassifier(
    n_estimators=3000, learning_rate=0.03, max_depth=5, subsample=0.8, colsample_bytree=0.8,
    scale_pos_weight=spw, eval_metric="aucpr", early_stopping_rounds=100,
    tree_method="hist", random_state=SEED,
)
xgb.fit(Xt_train, y_train, eval_set=[(Xt_train, y_train), (Xt_es, y_es)], verbose=200)
print("best iteration:", xgb.best_iteration)

hist = xgb.evals_result()
plt.figure(figsize=(6, 3.5))
plt.plot(hist["validation_0"]["aucpr"], label="train")
plt.plot(hist["validation_1"]["aucpr"], label="early-stopping slice")
plt.axvline(xgb.best_iteration, ls="--", c="grey")
plt.legend(); plt.ylabel("PR AUC"); plt.xlabel("trees")
plt.tight_layout()
plt.savefig("learning_curve.png")

p = xgb.predict_proba(Xt_test)[:, 1]
p0 = DummyClassifier(strategy="prior").fit(Xt_train, y_train).predict_proba(Xt_test)[:, 1]
print("dummy baseline  ROC AUC %.4f  AP %.4f" % (roc_auc_score(y_test, p0), average_precision_score(y_test, p0)))
print("xgboost         ROC AUC %.4f  AP %.4f" % (roc_auc_score(y_test, p), average_precision_score(y_test, p)))

imp = pd.Series(xgb.feature_importances_, index=prep.get_feature_names_out()).nlargest(15)
print(imp)

# final: all labelled rows, with the number of trees found above
n_trees = xgb.best_iteration + 1
Xt_all = prep.fit_transform(X)
final = XGBClassifier(n_estimators=n_trees, learning_rate=0.03, max_depth=5, subsample=0.8,
                      colsample_bytree=0.8, scale_pos_weight=(y == 0).sum() / (y == 1).sum(),
                      tree_method="hist", random_state=SEED)
final.fit(Xt_all, y)
pred = final.predict_proba(prep.transform(test[CAT + NUM]))[:, 1]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
