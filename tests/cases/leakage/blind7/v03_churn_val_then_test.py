# Churn prediction - take-home submission
# Evaluation plan: the model predicts the future, and customers in production are
# scored on months we have not seen. So: cut on time, and on the evaluation side keep
# only customers that never appear before the cut.
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET, ID, CUST, MONTH = "churned", "snapshot_id", "customer_id", "snapshot_month"
LEAKY = ["cancellation_reason", "retention_call_made"]

df = pd.read_csv("train.csv", parse_dates=[MONTH])
df = df.drop(columns=LEAKY)
print(df[MONTH].min(), df[MONTH].max(), df[CUST].nunique(), "customers")
print("churn rate by month:\n", df.groupby(MONTH)[TARGET].mean().tail(6))


def add_history(frame):
    frame = frame.sort_values([CUST, MONTH]).copy()
    g = frame.groupby(CUST)
    for col in ["usage_gb", "support_tickets", "monthly_charges"]:
        frame[col + "_lag1"] = g[col].shift(1)
        frame[col + "_delta"] = frame[col] - frame[col + "_lag1"]
    # past three months only: shift first, then roll
    frame["tickets_prev3"] = g["support_tickets"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    frame["late_prev_total"] = g["late_payments"].transform(lambda s: s.shift(1).expanding().sum())
    return frame


df = add_history(df)
NUM = [
    "tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments",
    "usage_gb_lag1", "usage_gb_delta", "support_tickets_lag1", "support_tickets_delta",
    "monthly_charges_lag1", "monthly_charges_delta", "tickets_prev3", "late_prev_total",
]
CAT = ["plan", "region"]
FEATS = NUM + CAT


def unseen_after(frame, start, end, seen_customers):
    part = frame[(frame[MONTH] >= start) & (frame[MONTH] < end)]
    return part[~part[CUST].isin(seen_customers)]


months = np.sort(df[MONTH].unique())
val_start, test_start = months[-6], months[-3]
end = months[-1] + np.timedelta64(1, "D")

fit_part = df[df[MONTH] < val_start]
val_part = unseen_after(df, val_start, test_start, fit_part[CUST].unique())
train_part = df[df[MONTH] < test_start]  # fit_part + all of the val months
test_part = unseen_after(df, test_start, end, train_part[CUST].unique())
print("fit", fit_part.shape, "val", val_part.shape, "train", train_part.shape, "test", test_part.shape)


def preprocessor(scale):
    num_steps = [SimpleImputer(strategy="median")] + ([StandardScaler()] if scale else [])
    return ColumnTransformer([
        ("num", make_pipeline(*num_steps), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])


candidates = {
    "logreg": lambda: make_pipeline(preprocessor(True), LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)),
    "hgb": lambda: make_pipeline(preprocessor(False), HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)),
}

# model choice on the validation months only
majority = DummyClassifier(strategy="prior").fit(fit_part[FEATS], fit_part[TARGET])
print("majority-class PR-AUC on val:", round(average_precision_score(val_part[TARGET], majority.predict_proba(val_part[FEATS])[:, 1]), 4))
val_scores = {}
for name, make in candidates.items():
    m = make().fit(fit_part[FEATS], fit_part[TARGET])
    val_scores[name] = average_precision_score(val_part[TARGET], m.predict_proba(val_part[FEATS])[:, 1])
    print(f"val {name}: PR-AUC {val_scores[name]:.4f}")
best = max(val_scores, key=val_scores.get)
print("chosen on validation:", best)

# one look at the test months
final = candidates[best]().fit(train_part[FEATS], train_part[TARGET])
p_test = final.predict_proba(test_part[FEATS])[:, 1]
majority = DummyClassifier(strategy="prior").fit(train_part[FEATS], train_part[TARGET])
print("test PR-AUC  model:", round(average_precision_score(test_part[TARGET], p_test), 4),
      " majority:", round(average_precision_score(test_part[TARGET], majority.predict_proba(test_part[FEATS])[:, 1]), 4))
print("test ROC-AUC model:", round(roc_auc_score(test_part[TARGET], p_test), 4))

# refit on all labelled rows for the submission
final = candidates[best]().fit(df[FEATS], df[TARGET])
test = pd.read_csv("test.csv", parse_dates=[MONTH])
hist = pd.concat([df.drop(columns=[TARGET]), test.drop(columns=LEAKY, errors="ignore")], ignore_index=True)
hist = add_history(hist.drop(columns=[c for c in hist.columns if c.endswith(("_lag1", "_delta", "_prev3", "_total"))]))
test_feats = hist[hist[ID].isin(test[ID])]
pd.DataFrame({ID: test_feats[ID], "prediction": final.predict_proba(test_feats[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
