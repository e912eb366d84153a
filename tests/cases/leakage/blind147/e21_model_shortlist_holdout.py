# Churn-snapshots take-home: shortlist of three models, audited holdout.
#
# Holdout = Jul-Sep snapshots of customers that have no snapshot before July.
# The winning model is refit on all labelled rows to score test.csv.

import json
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

warnings.filterwarnings("ignore")

spec = json.load(open("task.json"))
Y, T, C, I = spec["target"], spec["time_column"], spec["group_column"], spec["id_column"]
df = pd.read_csv("train.csv", parse_dates=[T])
sub_df = pd.read_csv("test.csv", parse_dates=[T])

num = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
cat = ["plan", "region"]
cols = num + cat
bad = set(spec["leaky_columns"]) | {Y, T, C, I}
assert bad.isdisjoint(cols), bad & set(cols)

# ---- holdout --------------------------------------------------------------
cut = pd.Timestamp("2024-07-01")
train_df = df[df[T] < cut]
hold_df = df[(df[T] >= cut) & ~df[C].isin(train_df[C])]
assert train_df[T].max() < hold_df[T].min()
assert train_df[C].isin(hold_df[C]).sum() == 0
print(f"train {train_df.shape}  holdout {hold_df.shape}  holdout churn {hold_df[Y].mean():.3%}")


def preprocessor(scale):
    numeric = make_pipeline(SimpleImputer(strategy="median"), StandardScaler()) if scale \
        else SimpleImputer(strategy="median")
    return make_column_transformer((numeric, num),
                                   (OneHotEncoder(handle_unknown="ignore"), cat))


shortlist = {
    "logreg": make_pipeline(preprocessor(True),
                            LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)),
    "random_forest": make_pipeline(preprocessor(False),
                                   RandomForestClassifier(n_estimators=400, min_samples_leaf=25,
                                                          n_jobs=-1, random_state=1)),
    "hist_gbm": make_pipeline(preprocessor(False),
                              HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05,
                                                             random_state=1)),
}

rows = []
dummy = DummyClassifier(strategy="prior").fit(train_df[cols], train_df[Y])
p0 = dummy.predict_proba(hold_df[cols])[:, 1]
rows.append(("dummy_prior", roc_auc_score(hold_df[Y], p0), average_precision_score(hold_df[Y], p0)))

for name, est in shortlist.items():
    est.fit(train_df[cols], train_df[Y])
    p = est.predict_proba(hold_df[cols])[:, 1]
    rows.append((name, roc_auc_score(hold_df[Y], p), average_precision_score(hold_df[Y], p)))

board = pd.DataFrame(rows, columns=["model", "roc_auc", "avg_precision"]).set_index("model")
print(board.round(4))

best_name = board.drop(index="dummy_prior")["roc_auc"].idxmax()
print(f"\nselected model: {best_name}")
print(f"reported holdout ROC AUC: {board.loc[best_name, 'roc_auc']:.4f} "
      f"(AP {board.loc[best_name, 'avg_precision']:.4f})")
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": round(float(board.loc[best_name, "roc_auc"]), 4)}, fh)

best = shortlist[best_name].fit(df[cols], df[Y])
pd.DataFrame({I: sub_df[I], "prediction": best.predict_proba(sub_df[cols])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
