# Churn snapshots - logistic regression + an alert threshold for the retention team.
# The team can call only so many customers, so besides AUC I report F1 at the chosen cut-off.
# The cut-off is chosen on a validation slice; the test slice is only scored at the end.
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

snap = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(snap.shape)
print(snap["churned_next_month"].value_counts(normalize=True).round(4))

snap["days_since_last_login"] = snap["days_since_last_login"].fillna(200)
snap["low_usage"] = (snap["logins_30d"] < 3).astype(int)
snap["tenure_bucket"] = pd.cut(snap["tenure_months"], [0, 6, 12, 24, 60, np.inf],
                               labels=["<6", "6-12", "12-24", "24-60", "60+"], include_lowest=True).astype(str)
snap["has_discount"] = snap["has_discount"].astype(int)

num = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "has_discount", "low_usage"]
cat = ["plan", "region", "tenure_bucket"]

# customers hashed into 5 buckets: bucket 0 -> test, bucket 1 -> validation, rest -> training
# training uses Jan-Jun, validation and test use Jul-Sep
bucket = pd.util.hash_pandas_object(snap["customer_id"], index=False) % 5
late = snap["snapshot_month"] >= "2024-07-01"
train = snap[(bucket >= 2) & ~late]
valid = snap[(bucket == 1) & late]
test = snap[(bucket == 0) & late]
print("train", train.shape, "valid", valid.shape, "test", test.shape)

pre = ColumnTransformer([
    ("num", StandardScaler(), num),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=3000, class_weight="balanced", C=0.2))])
clf.fit(train[num + cat], train["churned_next_month"])

# pick the cut-off that gives the best F1 on the validation slice
p_val = clf.predict_proba(valid[num + cat])[:, 1]
grid = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(valid["churned_next_month"], (p_val >= t).astype(int)) for t in grid]
best_t = grid[int(np.argmax(f1s))]
print(f"chosen threshold (validation): {best_t:.2f}")

proba = clf.predict_proba(test[num + cat])[:, 1]
y_test = test["churned_next_month"].values
pred = (proba >= best_t).astype(int)
print("test ROC AUC: %.4f" % roc_auc_score(y_test, proba))
print(f"threshold={best_t:.2f}  F1={f1_score(y_test, pred):.3f}  "
      f"precision={precision_score(y_test, pred):.3f}  recall={recall_score(y_test, pred):.3f}")

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(train[num + cat], train["churned_next_month"])
d_pred = dummy.predict(test[num + cat])
print(f"baseline (random by class rate) F1={f1_score(y_test, d_pred):.3f}")

coef = pd.Series(clf.named_steps["lr"].coef_[0],
                 index=clf.named_steps["pre"].get_feature_names_out()).sort_values()
print(coef.round(3).to_string())
