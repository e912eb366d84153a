# Churn-snapshots take-home: shortlist of three models, chosen on validation, tested once.
#
# Customers are split into three disjoint pools; each pool is used in a later period:
#   fit   : pool A, Jan-May
#   valid : pool B, Jun-Jul   (model selection)
#   test  : pool C, Aug-Sep   (scored once, after the choice is made)

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

# ---- three-way split ------------------------------------------------------
rng = np.random.default_rng(17)
cust = df[C].unique()
pool = pd.Series(rng.choice(["A", "B", "C"], size=len(cust), p=[0.6, 0.2, 0.2]), index=cust)
df["pool"] = df[C].map(pool)
fit_df = df[(df["pool"] == "A") & (df[T] < "2024-06-01")]
val_df = df[(df["pool"] == "B") & (df[T] >= "2024-06-01") & (df[T] < "2024-08-01")]
test_df = df[(df["pool"] == "C") & (df[T] >= "2024-08-01")]
for a, b in [(fit_df, val_df), (fit_df, test_df), (val_df, test_df)]:
    assert a[T].max() < b[T].min()
    assert set(a[C]).isdisjoint(b[C])
print(len(fit_df), len(val_df), len(test_df))


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
for name, est in shortlist.items():
    est.fit(fit_df[cols], fit_df[Y])
    p = est.predict_proba(val_df[cols])[:, 1]
    rows.append((name, roc_auc_score(val_df[Y], p), average_precision_score(val_df[Y], p)))
board = pd.DataFrame(rows, columns=["model", "val_roc_auc", "val_ap"]).set_index("model")
print(board.round(4))
best_name = board["val_roc_auc"].idxmax()
print("selected on validation:", best_name)

# ---- one final look at the test pool ---------------------------------------
dev_df = pd.concat([fit_df, val_df])
best = shortlist[best_name].fit(dev_df[cols], dev_df[Y])
p_test = best.predict_proba(test_df[cols])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(dev_df[cols], dev_df[Y])
p0 = dummy.predict_proba(test_df[cols])[:, 1]
print(f"test  dummy prior  AUC {roc_auc_score(test_df[Y], p0):.4f}  AP {average_precision_score(test_df[Y], p0):.4f}")
print(f"test  {best_name:<12} AUC {roc_auc_score(test_df[Y], p_test):.4f}  "
      f"AP {average_precision_score(test_df[Y], p_test):.4f}")
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": round(float(roc_auc_score(test_df[Y], p_test)), 4)}, fh)

best.fit(df[cols], df[Y])
pd.DataFrame({I: sub_df[I], "prediction": best.predict_proba(sub_df[cols])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
