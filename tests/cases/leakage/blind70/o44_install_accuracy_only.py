import numpy as np
import pandas as pd
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import accuracy_score

train_full = pd.read_csv("train.csv", parse_dates=["ts"])
train_full = train_full.sort_values("ts")

# hold out the final day; only score devices we have never seen (cold devices)
final_day = train_full.ts.dt.date.max()
past = train_full[train_full.ts.dt.date < final_day]
future = train_full[train_full.ts.dt.date == final_day]
future = future[~future.device_id.isin(past.device_id)]

print("past days :", past.ts.dt.date.nunique(), "rows:", len(past))
print("final day :", final_day, "rows (cold devices):", len(future))
print("distinct devices in past:", past.device_id.nunique())

fields = ["app_bundle", "publisher_app", "creative_type", "placement", "os_version",
          "device_make", "carrier", "country", "is_wifi"]


def featurize(d):
    d = d.assign(hour=d.ts.dt.hour)
    recs = d[fields + ["hour"]].astype(str).to_dict("records")
    return FeatureHasher(n_features=2 ** 18, input_type="dict").transform(recs)


Xp, yp = featurize(past), past.installed.values
Xf, yf = featurize(future), future.installed.values

model = SGDClassifier(loss="log_loss", alpha=1e-5)
for part in np.array_split(np.arange(Xp.shape[0]), 25):
    model.partial_fit(Xp[part], yp[part], classes=np.array([0, 1]))

acc = accuracy_score(yf, model.predict(Xf))
print("accuracy on final day (cold devices): {:.2%}".format(acc))

# accuracy by creative type, to see where the model struggles
by_type = (
    future.assign(hit=(model.predict(Xf) == yf))
    .groupby("creative_type")["hit"].mean()
    .sort_values()
)
print(by_type.round(3))

test = pd.read_csv("test.csv", parse_dates=["ts"])
out = pd.DataFrame({"request_id": test.request_id, "prediction": model.predict_proba(featurize(test))[:, 1]})
out.to_csv("predictions.csv", index=False)
