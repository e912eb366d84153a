# Renewal lapse model - gradient boosting
# train.csv: one row per policy per renewal (policy_year_id), target `lapsed`
# I hold out the latest renewal year as test.

import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score, average_precision_score, brier_score_loss, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["renewal_date"])
print(df.shape)
print(df["lapsed"].value_counts(normalize=True))

# these are only known after the customer has left
df = df.drop(columns=["lapse_reason", "days_to_cancel"])

df["price_change_pct"] = 100 * (df["premium_new"] / df["premium_prev"] - 1)
df["premium_diff"] = df["premium_new"] - df["premium_prev"]
df["young_driver"] = (df["driver_age"] < 25).astype(int)
df["monthly_pay"] = (df["payment_method"] == "monthly").astype(int)
df = pd.get_dummies(df, columns=["channel", "product", "region", "payment_method"], dtype=int)

features = [c for c in df.columns if c not in ("policy_year_id", "policy_id", "renewal_date", "lapsed")]

last_year = df["renewal_date"].dt.year.max()
train = df[df["renewal_date"].dt.year < last_year]
test = df[df["renewal_date"].dt.year == last_year]
print("train", train.shape, "test", test.shape)

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31,
                                     l2_regularization=1.0, random_state=0)
clf.fit(train[features], train["lapsed"])

proba = clf.predict_proba(test[features])[:, 1]
pred = (proba >= 0.5).astype(int)

# baselines: always "renew" for accuracy, the training lapse rate as a flat probability
majority = int(train["lapsed"].mode()[0])
prior = train["lapsed"].mean()
print(f"majority-class baseline accuracy: {accuracy_score(test['lapsed'], [majority] * len(test)):.4f}")
print(f"model accuracy:                   {accuracy_score(test['lapsed'], pred):.4f}")
# ~13% lapse, so accuracy barely moves; the ranking metrics are what retention cares about
print(f"flat-prior Brier {brier_score_loss(test['lapsed'], [prior] * len(test)):.4f}   "
      f"model Brier {brier_score_loss(test['lapsed'], proba):.4f}")
print(f"model ROC AUC {roc_auc_score(test['lapsed'], proba):.4f}   "
      f"PR AUC {average_precision_score(test['lapsed'], proba):.4f} (prior {test['lapsed'].mean():.4f})")

# lapse capture in the top 10% riskiest renewals - who the retention team would call
test = test.assign(p=proba).sort_values("p", ascending=False)
top = test.head(len(test) // 10)
print(f"top decile lapse rate {top['lapsed'].mean():.3f}, captures {top['lapsed'].sum() / test['lapsed'].sum():.1%} of lapses")
