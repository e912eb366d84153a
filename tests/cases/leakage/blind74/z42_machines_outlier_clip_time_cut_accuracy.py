# predictive maintenance take-home
# cleaning-heavy approach: fix units, clip sensors to physical ranges, drop broken rows,
# then an ordinary gradient boosting model trained on the older readings.

import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["reading_date"])
print(df.shape)
print(df.describe().T[["min", "max"]])

# units / ranges
df.loc[df["voltage"] > 1000, "voltage"] = df.loc[df["voltage"] > 1000, "voltage"] / 1000
df["temperature"] = df["temperature"].clip(-20, 150)
df["vibration"] = df["vibration"].clip(0, 50)
df["rpm"] = df["rpm"].clip(0, 6000)
df["pressure"] = df["pressure"].clip(0, 300)

# rows where 3+ sensors are missing are dead transmissions
sensors = ["vibration", "temperature", "pressure", "rpm", "voltage"]
dead = df[sensors].isna().sum(axis=1) >= 3
print("dead transmissions:", dead.sum())
df = df[~dead]
df[sensors] = df[sensors].fillna(-1)

df = df.drop_duplicates(subset=["machine_id", "reading_date"])
df["model_code"] = df["model_type"].astype("category").cat.codes
df["month"] = df["reading_date"].dt.month

cols = sensors + ["age_days", "error_count_24h", "last_service_days", "model_code", "month"]

df = df.sort_values("reading_date")
cut = df["reading_date"].iloc[int(len(df) * 0.8)]
tr = df[df["reading_date"] < cut]
te = df[df["reading_date"] >= cut]
print("train period:", tr["reading_date"].min().date(), "-", tr["reading_date"].max().date())
print("test period: ", te["reading_date"].min().date(), "-", te["reading_date"].max().date())

gb = GradientBoostingClassifier(n_estimators=200, max_depth=3, random_state=0)
gb.fit(tr[cols], tr["failure_7d"])

print("train accuracy:", round(accuracy_score(tr["failure_7d"], gb.predict(tr[cols])), 4))
print("test accuracy: ", round(accuracy_score(te["failure_7d"], gb.predict(te[cols])), 4))

# submission
gb.fit(df[cols], df["failure_7d"])
sub = pd.read_csv("test.csv", parse_dates=["reading_date"])
sub.loc[sub["voltage"] > 1000, "voltage"] = sub.loc[sub["voltage"] > 1000, "voltage"] / 1000
for c, (lo, hi) in {"temperature": (-20, 150), "vibration": (0, 50), "rpm": (0, 6000), "pressure": (0, 300)}.items():
    sub[c] = sub[c].clip(lo, hi)
sub[sensors] = sub[sensors].fillna(-1)
sub["model_code"] = pd.Categorical(sub["model_type"], categories=df["model_type"].astype("category").cat.categories).codes
sub["month"] = sub["reading_date"].dt.month
pd.DataFrame({"reading_id": sub["reading_id"], "prediction": gb.predict_proba(sub[cols])[:, 1]}).to_csv("predictions.csv", index=False)
