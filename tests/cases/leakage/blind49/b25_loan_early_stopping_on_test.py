"""Loan default - LightGBM with early stopping.

Split: 80% fit / 20% test; early stopping watches the test AUC.
Metric: ROC-AUC (positives are ~11%), with PR-AUC and a prior-only dummy.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 31
LABEL = "default"
DROP_COLS = ["loan_id", LABEL, "recovery_amount", "collection_status"]
CATEGORICAL = ["home_ownership", "purpose", "grade"]


def read(path):
    frame = pd.read_csv(path)
    for col in CATEGORICAL:
        frame[col] = frame[col].astype("category")
    frame["income_to_loan"] = frame["annual_income"] / (frame["loan_amount"] + 1)
    frame["score_bucket"] = np.floor(frame["credit_score"] / 50)
    return frame


loans = read("train.csv")
scoring = read("test.csv")
for col in CATEGORICAL:
    scoring[col] = pd.Categorical(scoring[col], categories=loans[col].cat.categories)

print(loans.shape, "default rate", round(loans[LABEL].mean(), 4))
print(loans[CATEGORICAL].describe())

X = loans.drop(columns=DROP_COLS)
y = loans[LABEL]

X_fit, X_test, y_fit, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
print("fit", X_fit.shape, "test", X_test.shape)

params = dict(
    n_estimators=3000,
    learning_rate=0.02,
    num_leaves=31,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    random_state=SEED,
    verbose=-1,
)

clf = lgb.LGBMClassifier(**params)
clf.fit(
    X_fit, y_fit,
    eval_set=[(X_test, y_test)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(stopping_rounds=100), lgb.log_evaluation(200)],
)
best_iter = clf.best_iteration_
print("best iteration:", best_iter)

dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_test = clf.predict_proba(X_test, num_iteration=best_iter)[:, 1]
p_dummy = dummy.predict_proba(X_test)[:, 1]
print(f"test ROC-AUC  lgbm {roc_auc_score(y_test, p_test):.4f} | dummy {roc_auc_score(y_test, p_dummy):.4f}")
print(f"test PR-AUC   lgbm {average_precision_score(y_test, p_test):.4f} | dummy {average_precision_score(y_test, p_dummy):.4f}")

gain = pd.Series(clf.booster_.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
print(gain.head(12).round(1))

# Final: all labelled rows, number of trees fixed from early stopping (+10% for the extra data)
final_params = {**params, "n_estimators": int(best_iter * 1.1)}
final = lgb.LGBMClassifier(**final_params).fit(X, y)
preds = final.predict_proba(scoring.drop(columns=["loan_id", "recovery_amount", "collection_status"], errors="ignore"))[:, 1]
pd.DataFrame({"loan_id": scoring["loan_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
print("predictions.csv written,", len(preds), "rows")
