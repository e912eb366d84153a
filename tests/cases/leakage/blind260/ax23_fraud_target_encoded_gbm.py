"""
BazaarHub listing fraud -- target-encoded categoricals + gradient boosting.

category / ships_from / payout_method have a lot of levels (ships_from ~140
countries), so instead of one-hot I encode each level with its (smoothed)
fraud rate.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, fbeta_score
from sklearn.model_selection import GroupShuffleSplit

ENC_COLS = ["category", "ships_from", "payout_method", "signup_channel"]
SMOOTH = 30


def smoothed_rate(frame, col, prior, m=SMOOTH):
    agg = frame.groupby(col)["is_fraud"].agg(["sum", "count"])
    return (agg["sum"] + m * prior) / (agg["count"] + m)


listings = pd.read_csv("train.csv")
sellers = pd.read_csv("sellers.csv")
data = listings.merge(sellers, on="seller_id", how="left")
print(f"{len(data):,} listings, {data.seller_id.nunique():,} sellers, fraud {data.is_fraud.mean():.2%}")

# numeric features
data["price_ratio"] = data["price"] / data["category_median_price"]
data["log_price"] = np.log1p(data["price"])
data["photos_x_desc"] = data["n_photos"] * np.log1p(data["description_len"])
data["kyc_verified"] = data["kyc_verified"].astype(int)
data["business_account"] = data["business_account"].astype(int)

# target encoding
prior = data["is_fraud"].mean()
for col in ENC_COLS:
    data[col + "_te"] = data[col].map(smoothed_rate(data, col, prior)).fillna(prior)

features = ["price_ratio", "log_price", "n_photos", "description_len", "photos_x_desc",
            "shipping_days_promised", "has_return_policy", "seller_account_age_days",
            "seller_rating", "seller_n_sales", "kyc_verified", "business_account"] + \
           [c + "_te" for c in ENC_COLS]

# seller-grouped holdout
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=21)
i_tr, i_te = next(gss.split(data, groups=data["seller_id"]))
train, holdout = data.iloc[i_tr], data.iloc[i_te]

gb = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=21)
gb.fit(train[features].fillna(0), train["is_fraud"])
base = DummyClassifier(strategy="prior").fit(train[features].fillna(0), train["is_fraud"])

p_gb = gb.predict_proba(holdout[features].fillna(0))[:, 1]
p_base = base.predict_proba(holdout[features].fillna(0))[:, 1]
print("baseline : AUC %.3f | AP %.3f" % (roc_auc_score(holdout.is_fraud, p_base), average_precision_score(holdout.is_fraud, p_base)))
print("GBM      : AUC %.3f | AP %.3f" % (roc_auc_score(holdout.is_fraud, p_gb), average_precision_score(holdout.is_fraud, p_gb)))
print("F2 @0.2  : %.3f" % fbeta_score(holdout.is_fraud, p_gb >= 0.2, beta=2))
