import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss, roc_auc_score, accuracy_score
from sklearn.model_selection import train_test_split

# --------------------------------------------------------------------------
# config
# --------------------------------------------------------------------------
N_FEATURES = 2 ** 20
BATCH = 50_000
EPOCHS = 3
FIELDS = ["site_id", "site_domain", "site_category", "app_id", "app_category",
          "device_type", "device_model", "device_conn_type", "os", "country",
          "banner_pos", "ad_id", "campaign_id", "advertiser_id"]

# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------
df = pd.read_csv("train.csv")
ts = pd.to_datetime(df["event_time"])
df["hour"] = ts.dt.hour
df["weekday"] = ts.dt.weekday


def row_text(frame):
    parts = [f + "=" + frame[f].astype(str) for f in FIELDS + ["hour", "weekday"]]
    text = parts[0]
    for p in parts[1:]:
        text = text + " " + p
    return text.tolist()


vectorizer = HashingVectorizer(n_features=N_FEATURES, token_pattern=r"[^ ]+",
                               lowercase=False, alternate_sign=False)
X = vectorizer.transform(row_text(df))
y = df["click"].values

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
print("train", X_tr.shape, "test", X_te.shape)

# --------------------------------------------------------------------------
# model: mini-batch SGD, a few passes
# --------------------------------------------------------------------------
clf = SGDClassifier(loss="log_loss", alpha=1e-6, learning_rate="adaptive", eta0=0.05)
rng = np.random.default_rng(0)
for epoch in range(EPOCHS):
    idx = rng.permutation(X_tr.shape[0])
    for start in range(0, len(idx), BATCH):
        b = idx[start:start + BATCH]
        clf.partial_fit(X_tr[b], y_tr[b], classes=[0, 1])
    print(f"epoch {epoch + 1} done, {clf.t_:.0f} updates")

p = clf.predict_proba(X_te)[:, 1]
print("final test logloss:", round(log_loss(y_te, p), 4))
print("final test auc    :", round(roc_auc_score(y_te, p), 4))
print("final test acc    :", round(accuracy_score(y_te, p > 0.5), 4))

# --------------------------------------------------------------------------
# submission
# --------------------------------------------------------------------------
test = pd.read_csv("test.csv")
tts = pd.to_datetime(test["event_time"])
test["hour"] = tts.dt.hour
test["weekday"] = tts.dt.weekday
pred = clf.predict_proba(vectorizer.transform(row_text(test)))[:, 1]
pd.DataFrame({"impression_id": test["impression_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
