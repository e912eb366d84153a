# CTR model with CatBoost, 5-fold CV grouped by user.
# catboost handles the string categoricals natively, campaign info comes from campaigns.csv

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import GroupKFold
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

impr = pd.read_csv("train.csv")
campaigns = pd.read_csv("campaigns.csv")
data = impr.merge(campaigns, how="left", on="campaign_id")

print(data.shape)
print(data.clicked.value_counts())

CAT = ["placement", "device", "os", "page_category", "user_age_bucket", "user_gender",
       "vertical", "creative_format", "campaign_id", "creative_id"]
NUM = ["hour", "day_of_week", "ad_position", "user_prior_impr_30d", "user_prior_clicks_30d",
       "user_days_since_last_click", "user_sessions_7d", "bid_cpm", "daily_budget_usd",
       "campaign_age_days"]
for c in CAT:
    data[c] = data[c].astype(str)

X = data[CAT + NUM]
y = data["clicked"].values
groups = data["user_id"].values

gkf = GroupKFold(n_splits=5)
acc, acc_dummy = [], []
for fold, (tr, va) in enumerate(gkf.split(X, y, groups)):
    model = CatBoostClassifier(
        iterations=800,
        depth=6,
        learning_rate=0.08,
        l2_leaf_reg=5,
        auto_class_weights="Balanced",
        random_seed=fold,
        verbose=0,
    )
    model.fit(X.iloc[tr], y[tr], cat_features=CAT)
    pred = model.predict(X.iloc[va])

    dummy = DummyClassifier(strategy="most_frequent").fit(X.iloc[tr], y[tr])
    acc.append(accuracy_score(y[va], pred))
    acc_dummy.append(accuracy_score(y[va], dummy.predict(X.iloc[va])))
    print(f"fold {fold}: acc {acc[-1]:.4f}   majority-class acc {acc_dummy[-1]:.4f}")

print("CV accuracy   %.4f +- %.4f" % (np.mean(acc), np.std(acc)))
print("majority      %.4f" % np.mean(acc_dummy))

# top features from the last fold
fi = pd.Series(model.get_feature_importance(), index=CAT + NUM).sort_values(ascending=False)
print(fi.head(10))
