"""
install model, multi-epoch SGD with early stopping

train: every day except the last
test : last day, devices that were not seen during training
"""
import numpy as np
import pandas as pd
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss, roc_auc_score
import copy

MAX_EPOCHS = 30
PATIENCE = 2
BATCHES = 20
COLS = ["app_bundle", "publisher_app", "creative_id", "creative_type", "placement",
        "os_version", "device_make", "carrier", "country", "is_wifi"]

fh = FeatureHasher(n_features=2 ** 20, input_type="string", alternate_sign=False)


def hashed(frame):
    h = frame["ts"].dt.hour.astype(str).to_numpy()
    vals = frame[COLS].astype(str).to_numpy()
    return fh.transform([[f"{c}={v}" for c, v in zip(COLS, r)] + [f"hour={hh}"] for r, hh in zip(vals, h)])


df = pd.read_csv("train.csv", parse_dates=["ts"]).sort_values("ts")
day = df["ts"].dt.floor("D")
train = df[day < day.max()]
test = df[(day == day.max()) & (~df["device_id"].isin(train["device_id"].unique()))]

X_train, y_train = hashed(train), train["installed"].values
X_test, y_test = hashed(test), test["installed"].values
print("train", X_train.shape, "test", X_test.shape)

rng = np.random.RandomState(0)
clf = SGDClassifier(loss="log_loss", alpha=1e-6, learning_rate="constant", eta0=0.01, random_state=0)

best_ll, best_clf, bad = np.inf, None, 0
for epoch in range(MAX_EPOCHS):
    for idx in np.array_split(rng.permutation(X_train.shape[0]), BATCHES):
        clf.partial_fit(X_train[idx], y_train[idx], classes=[0, 1])
    ll = log_loss(y_test, clf.predict_proba(X_test)[:, 1])
    print(f"epoch {epoch:2d}  test logloss {ll:.5f}")
    if ll < best_ll - 1e-5:
        best_ll, best_clf, bad = ll, copy.deepcopy(clf), 0
    else:
        bad += 1
        if bad >= PATIENCE:
            print("early stop")
            break

p = best_clf.predict_proba(X_test)[:, 1]
print("TEST logloss %.5f  AUC %.4f" % (log_loss(y_test, p), roc_auc_score(y_test, p)))

sub = pd.read_csv("test.csv", parse_dates=["ts"])
pd.DataFrame({"request_id": sub["request_id"], "prediction": best_clf.predict_proba(hashed(sub))[:, 1]}).to_csv(
    "predictions.csv", index=False)
