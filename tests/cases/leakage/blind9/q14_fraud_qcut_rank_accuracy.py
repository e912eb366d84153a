import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, df.is_fraud.value_counts().to_dict())
print(df.groupby("merchant_category").is_fraud.mean().sort_values().tail())


def add_features(d, ref):
    d = d.copy()
    # amount decile and device-age percentile relative to the data we have
    d["amount_bin"] = pd.qcut(ref["amount"], q=10, labels=False, duplicates="drop").reindex(d.index)
    d["device_age_pct"] = ref["device_age_days"].rank(pct=True).reindex(d.index)
    d["night"] = d["hour"].between(0, 5).astype(int)
    d["log_amount"] = np.log1p(d["amount"])
    return d


df = add_features(df, df)
df = pd.get_dummies(df, columns=["merchant_category", "country"], dtype=int)
features = [c for c in df.columns if c not in ("transaction_id", "card_id", "timestamp", "chargeback_flag", "is_fraud")]

X_train, X_test, y_train, y_test = train_test_split(df[features], df["is_fraud"], test_size=0.25,
                                                    stratify=df["is_fraud"], random_state=3)

rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=3)
rf.fit(X_train, y_train)
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("dummy accuracy ", accuracy_score(y_test, dummy.predict(X_test)))
print("forest accuracy", accuracy_score(y_test, rf.predict(X_test)))

print(pd.Series(rf.feature_importances_, index=features).nlargest(10))

rf.fit(df[features], df["is_fraud"])
both = pd.concat([pd.read_csv("train.csv"), test], ignore_index=True)
t = add_features(both, both).iloc[len(df):]
t = pd.get_dummies(t, columns=["merchant_category", "country"], dtype=int).reindex(columns=features, fill_value=0)
pd.DataFrame({"transaction_id": test.transaction_id.values, "prediction": rf.predict_proba(t)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
