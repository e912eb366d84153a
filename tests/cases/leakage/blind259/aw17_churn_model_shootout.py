import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = pd.get_dummies(df, columns=["plan"], dtype=float)
feats = [c for c in df.columns if c not in
         ("snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
          "retention_offer_accepted", "account_closed_date_known")]
df[feats] = df[feats].fillna(0)

# holdout = last two months, new customers only
last2 = sorted(df.snapshot_month.unique())[-2:]
train = df[~df.snapshot_month.isin(last2)]
hold = df[df.snapshot_month.isin(last2) & ~df.customer_id.isin(set(train.customer_id))]

models = {
    "dummy": DummyClassifier(strategy="prior"),
    "lr_C0.1": LogisticRegression(C=0.1, max_iter=3000),
    "lr_C1": LogisticRegression(C=1.0, max_iter=3000),
    "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=10, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingClassifier(max_iter=200),
}
scores = {}
for k, m in models.items():
    m.fit(train[feats], train.churned_next_month)
    scores[k] = roc_auc_score(hold.churned_next_month, m.predict_proba(hold[feats])[:, 1])
    print(k, round(scores[k], 4))

best = max(scores, key=scores.get)
print("going with", best, "holdout AUC", round(scores[best], 4))

final = models[best].fit(df[feats], df.churned_next_month)
test = pd.get_dummies(pd.read_csv("test.csv"), columns=["plan"], dtype=float)
test = test.reindex(columns=list(test.columns) + [c for c in feats if c not in test.columns], fill_value=0)
test[feats] = test[feats].fillna(0)
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": final.predict_proba(test[feats])[:, 1]}).to_csv("predictions.csv", index=False)
