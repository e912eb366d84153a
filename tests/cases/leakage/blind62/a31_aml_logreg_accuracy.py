import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# load
data = pd.read_csv("train.csv")
holdout = pd.read_csv("test.csv")
print("rows:", len(data))
print("label balance:\n", data["is_suspicious"].value_counts())

# simple engineered columns
def prep(d):
    d = d.copy()
    d["log_amount"] = np.log1p(d["amount"])
    d["cross_border"] = (d["sender_country"] != d["receiver_country"]).astype(int)
    d["near_threshold"] = d["amount"].between(9000, 9999.99).astype(int)
    d["is_round"] = (d["amount"] % 500 == 0).astype(int)
    d["young_account"] = (d["sender_account_age_days"] < 60).astype(int)
    d["sender_tx_count"] = d.groupby("sender_account")["transfer_id"].transform("count")
    d["receiver_tx_count"] = d.groupby("receiver_account")["transfer_id"].transform("count")
    d["hour"] = pd.to_datetime(d["created_at"]).dt.hour
    return d

data = prep(data)
holdout = prep(holdout)

num_cols = ["log_amount", "sender_account_age_days", "sender_tx_count", "receiver_tx_count", "hour"]
bin_cols = ["cross_border", "near_threshold", "is_round", "young_account"]
cat_cols = ["channel", "sender_kyc_level", "receiver_country"]

pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("bin", "passthrough", bin_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), cat_cols),
])

model = Pipeline([
    ("pre", pre),
    ("lr", LogisticRegression(class_weight="balanced", C=1.0, max_iter=3000)),
])

X = data[num_cols + bin_cols + cat_cols]
y = data["is_suspicious"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1, stratify=y)

model.fit(X_train, y_train)
y_pred = model.predict(X_test)
acc = accuracy_score(y_test, y_pred)
print(f"Test accuracy: {acc:.4f}")

# try a few regularisation strengths, train-part only
for C in [0.01, 0.1, 1.0, 10.0]:
    model.set_params(lr__C=C)
    model.fit(X_train, y_train)
    print(f"C={C:<5} train accuracy={accuracy_score(y_train, model.predict(X_train)):.4f}")

model.set_params(lr__C=1.0)

# coefficients
model.fit(X_train, y_train)
names = model.named_steps["pre"].get_feature_names_out()
coefs = pd.Series(model.named_steps["lr"].coef_[0], index=names).sort_values()
print("most negative:\n", coefs.head(8))
print("most positive:\n", coefs.tail(8))

# final model on everything
model.fit(X, y)
probs = model.predict_proba(holdout[num_cols + bin_cols + cat_cols])[:, 1]
pd.DataFrame({"transfer_id": holdout["transfer_id"], "prediction": probs}).to_csv("predictions.csv", index=False)
print("predictions written:", len(probs))
