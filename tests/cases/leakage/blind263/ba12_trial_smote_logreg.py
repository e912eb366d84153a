import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

SEED = 11

data = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
data = data.sort_values(["account_id", "snapshot_date"])
print(data.info())
print("positives:", data.converted_14d.sum(), "of", len(data))

# ---------- features (history up to the day before the snapshot) ----------
hist_cols = ["sessions", "events", "invites_sent", "billing_page_views", "active_seats"]
prev = data.groupby("account_id")[hist_cols].shift(1).fillna(0)
cum_prev = prev.groupby(data["account_id"]).cumsum().add_suffix("_cum")
data = pd.concat([data, cum_prev], axis=1)
data["billing_any_prev"] = (data["billing_page_views_cum"] > 0).astype(int)
data["log_sessions"] = np.log1p(data["sessions"])

size_map = {"1-10": 0, "11-50": 1, "51-200": 2, "201-1000": 3, "1000+": 4}
data["size_ord"] = data["company_size"].map(size_map).fillna(0)
data = pd.get_dummies(data, columns=["signup_channel"], prefix="ch", dtype=float)

features = ["trial_day", "log_sessions", "events", "active_seats", "integrations_connected",
            "billing_any_prev", "size_ord"] + list(cum_prev.columns) + [c for c in data.columns if c.startswith("ch_")]

# ---------- split: by time, and no account on both sides ----------
cut = data["snapshot_date"].quantile(0.75)
early = data[data["snapshot_date"] < cut]
late = data[(data["snapshot_date"] >= cut) & ~data["account_id"].isin(early["account_id"])]
print("cutoff", cut.date(), len(early), len(late))

X_train, y_train = early[features].values, early["converted_14d"].values
X_test, y_test = late[features].values, late["converted_14d"].values

scaler = StandardScaler().fit(X_train)
X_train_s = scaler.transform(X_train)
X_test_s = scaler.transform(X_test)

# oversample the minority class on the training part only
X_res, y_res = SMOTE(random_state=SEED, k_neighbors=5).fit_resample(X_train_s, y_train)
print("after SMOTE:", np.bincount(y_res))

clf = LogisticRegression(C=0.3, max_iter=3000)
clf.fit(X_res, y_res)

dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train_s, y_train)

for name, m in [("dummy (stratified)", dummy), ("logreg + smote", clf)]:
    proba = m.predict_proba(X_test_s)[:, 1]
    print(f"== {name}: auc={roc_auc_score(y_test, proba):.3f} ap={average_precision_score(y_test, proba):.3f}")
    print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

coefs = pd.Series(clf.coef_[0], index=features).sort_values()
print(coefs.tail(8))
