"""BazaarHub trust & safety take-home: flag fraudulent listings.

One row per listing, sellers have many listings each. Fraud is rare (~6%),
so the forest needs some help with class balance.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

SEED = 7

listings = pd.read_csv("train.csv", parse_dates=["created_at"])
sellers = pd.read_csv("sellers.csv")
df = listings.merge(sellers, on="seller_id", how="left")
print(df.shape)
print(df["is_fraud"].value_counts())
print("listings per seller:", df.groupby("seller_id").size().describe().round(1).to_dict())

# ---- features
df["price_ratio"] = df["price"] / df["category_median_price"]
df["log_price"] = np.log1p(df["price"])
df["few_photos"] = (df["n_photos"] <= 1).astype(int)
df["new_account"] = (df["seller_account_age_days"] < 30).astype(int)
df["desc_per_photo"] = df["description_len"] / (df["n_photos"] + 1)
df["title_caps_share"] = df["title"].str.count(r"[A-Z]") / df["title"].str.len().clip(lower=1)
df = pd.get_dummies(df, columns=["category", "ships_from", "payout_method", "country", "signup_channel"], dtype=int)

not_features = ["listing_id", "seller_id", "created_at", "title", "is_fraud",
                "buyer_complaints_30d", "takedown_reason"]
feature_cols = [c for c in df.columns if c not in not_features]

# ---- split by seller so one seller's listings stay on one side
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=SEED)
tr_idx, te_idx = next(gss.split(df, groups=df["seller_id"]))
train, test = df.iloc[tr_idx], df.iloc[te_idx]

# ---- class balance: upsample fraud listings to ~25% of the *training* rows;
# the test part keeps its natural ~6% so the metrics mean something
fraud = train[train["is_fraud"] == 1]
legit = train[train["is_fraud"] == 0]
n_extra = int(0.25 / 0.75 * len(legit)) - len(fraud)
train = pd.concat([train, fraud.sample(n=n_extra, replace=True, random_state=SEED)], ignore_index=True)
print("train fraud share after upsampling:", round(train["is_fraud"].mean(), 3))

X_tr, y_tr = train[feature_cols].fillna(-1), train["is_fraud"]
X_te, y_te = test[feature_cols].fillna(-1), test["is_fraud"]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=SEED)
rf.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

for name, m in [("dummy", dummy), ("random forest", rf)]:
    p = m.predict_proba(X_te)[:, 1]
    print(f"{name:14s} ROC AUC={roc_auc_score(y_te, p):.3f}  PR AUC={average_precision_score(y_te, p):.3f}")

pred = (rf.predict_proba(X_te)[:, 1] >= 0.5).astype(int)
print("precision", round(precision_score(y_te, pred), 3), "recall", round(recall_score(y_te, pred), 3))
