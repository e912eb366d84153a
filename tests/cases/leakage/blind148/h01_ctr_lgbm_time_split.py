"""Ad click prediction take-home.

Approach: chronological holdout (the last 20% of the timeline), LightGBM on
tabular features plus an ad-title TF-IDF, compared with an ad-popularity
baseline. Final model is refit on all of train.csv.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score

TARGET = "clicked"
ID = "impression_id"

train = pd.read_csv("train.csv", parse_dates=["event_time"])
test = pd.read_csv("test.csv", parse_dates=["event_time"])
print(train.shape, test.shape)
print("click rate:", round(train[TARGET].mean(), 4))
print(train.groupby("position")[TARGET].mean())


def add_features(df):
    df = df.sort_values("event_time").copy()
    df["hour"] = df["event_time"].dt.hour
    df["dow"] = df["event_time"].dt.dayofweek
    # how many impressions this user had before this one
    df["user_prev_impressions"] = df.groupby("user_id").cumcount()
    gap = df.groupby("user_id")["event_time"].diff().dt.total_seconds()
    df["secs_since_prev_imp"] = gap.fillna(-1)
    return df


train = add_features(train)
test = add_features(test)

# --- chronological holdout ---------------------------------------------
cutoff = train["event_time"].quantile(0.8)
tr = train[train["event_time"] < cutoff]
va = train[train["event_time"] >= cutoff]
print("train rows", len(tr), "valid rows", len(va))
print("share of valid users already seen in train:", va["user_id"].isin(tr["user_id"]).mean())

CAT = ["device", "ad_category", "user_age_bucket"]
NUM = ["position", "hour", "dow", "user_prev_impressions", "secs_since_prev_imp"]


def build_matrix(df, levels, vec):
    tab = df[NUM].astype(float).copy()
    for c in CAT:
        tab[c] = pd.Categorical(df[c], categories=levels[c]).codes
    text = vec.transform(df["ad_title"].fillna(""))
    return sparse.hstack([sparse.csr_matrix(tab.values), text]).tocsr()


levels = {c: tr[c].dropna().unique() for c in CAT}
vec = TfidfVectorizer(min_df=5, max_features=3000, ngram_range=(1, 2), sublinear_tf=True)
vec.fit(tr["ad_title"].fillna(""))

X_tr = build_matrix(tr, levels, vec)
X_va = build_matrix(va, levels, vec)
y_tr, y_va = tr[TARGET].values, va[TARGET].values

params = dict(n_estimators=400, learning_rate=0.05, num_leaves=63,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.5,
              min_child_samples=50, random_state=7)
clf = lgb.LGBMClassifier(**params)
clf.fit(X_tr, y_tr)
p_va = clf.predict_proba(X_va)[:, 1]

# --- popularity baseline: historical CTR of the ad -----------------------
ad_ctr = tr.groupby("ad_id")[TARGET].mean()
p_base = va["ad_id"].map(ad_ctr).fillna(tr[TARGET].mean()).values

for name, p in [("ad popularity baseline", p_base), ("lightgbm", p_va)]:
    print(f"{name:>24}: AUC={roc_auc_score(y_va, p):.4f} "
          f"AP={average_precision_score(y_va, p):.4f} "
          f"logloss={log_loss(y_va, np.clip(p, 1e-6, 1 - 1e-6)):.4f}")

# --- refit on everything and predict the test period ---------------------
levels_full = {c: train[c].dropna().unique() for c in CAT}
vec_full = TfidfVectorizer(min_df=5, max_features=3000, ngram_range=(1, 2), sublinear_tf=True)
vec_full.fit(train["ad_title"].fillna(""))
final = lgb.LGBMClassifier(**params)
final.fit(build_matrix(train, levels_full, vec_full), train[TARGET].values)
test["prediction"] = final.predict_proba(build_matrix(test, levels_full, vec_full))[:, 1]
test[[ID, "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test))
