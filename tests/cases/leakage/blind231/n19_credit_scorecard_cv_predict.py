"""Credit default - interpretable scorecard-style GBM.

Metrics come from out-of-fold predictions (5-fold stratified CV), compared to a prior baseline.
The model used for interpretation and for the submission is then refit on all labelled rows.
"""
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.inspection import permutation_importance
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

TARGET = "default_flag"


class ScorecardData:
    keep_num = ["age", "annual_income", "employment_years", "loan_amount", "loan_term_months",
                "interest_rate", "credit_score", "num_open_accounts", "num_delinquencies_2y",
                "debt_to_income", "revolving_util"]
    keep_cat = ["home_ownership", "purpose", "education"]

    def __init__(self, frame):
        self.frame = frame

    def matrix(self):
        X = self.frame[self.keep_num + self.keep_cat].copy()
        X[self.keep_num] = X[self.keep_num].fillna(0)
        return pd.get_dummies(X, columns=self.keep_cat, dtype=float)


class OOFEvaluator:
    def __init__(self, X, y, folds=5, seed=0):
        self.X, self.y = X, y
        self.cv = StratifiedKFold(folds, shuffle=True, random_state=seed)

    def oof(self, model):
        return cross_val_predict(model, self.X, self.y, cv=self.cv, method="predict_proba")[:, 1]

    def summary(self, name, p):
        return {"model": name, "auc": roc_auc_score(self.y, p), "ap": average_precision_score(self.y, p)}


df = pd.read_csv("train.csv")
X = ScorecardData(df).matrix()
y = df[TARGET]
print(X.shape, "default rate", round(y.mean(), 4))

gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                 subsample=0.8, random_state=0)
ev = OOFEvaluator(X, y)
p_base = ev.oof(DummyClassifier(strategy="prior"))
p_gbm = ev.oof(gbm)

table = pd.DataFrame([ev.summary("baseline_prior", p_base), ev.summary("gbm", p_gbm)]).set_index("model")
print(table.round(4))
print(classification_report(y, (p_gbm > 0.3).astype(int), digits=3))

# calibration check on the out-of-fold scores
bins = pd.qcut(p_gbm, 10, duplicates="drop")
calib = pd.DataFrame({"pred": p_gbm, "obs": y}).groupby(bins, observed=True).mean()
print(calib.round(3))

# refit on everything for interpretation + submission
gbm.fit(X, y)
pi = permutation_importance(gbm, X, y, n_repeats=5, random_state=0, scoring="roc_auc")
imp = pd.Series(pi.importances_mean, index=X.columns).sort_values(ascending=False)
ax = imp.head(12).plot.barh(figsize=(6, 5))
ax.invert_yaxis()
plt.title("permutation importance (full-data fit)")
plt.tight_layout()
plt.savefig("importance.png", dpi=120)

test = pd.read_csv("test.csv")
T = ScorecardData(test).matrix().reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"applicant_id": test["applicant_id"], "prediction": gbm.predict_proba(T)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("done")
