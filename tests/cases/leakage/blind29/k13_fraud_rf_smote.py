import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, confusion_matrix

SEED = 2024

# ---------------------------------------------------------------- load
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train:", df.shape, "test:", test.shape)
print("fraud rate: %.4f" % df["is_fraud"].mean())
print(df.describe())

# ---------------------------------------------------------------- features
def make_features(frame):
    f = pd.DataFrame(index=frame.index)
    f["log_amount"] = np.log1p(frame["amount"])
    f["hour"] = frame["hour"]
    f["night"] = ((frame["hour"] <= 5) | (frame["hour"] >= 23)).astype(int)
    f["card_age_days"] = frame["card_age_days"]
    f["new_card"] = (frame["card_age_days"] < 30).astype(int)
    f["n_tx_24h"] = frame["n_tx_24h"]
    f["burst"] = (frame["n_tx_24h"] >= 8).astype(int)
    f["log_distance"] = np.log1p(frame["distance_from_home"])
    f["is_foreign"] = frame["is_foreign"]
    dummies = pd.get_dummies(frame[["merchant_category", "device_type"]], dtype=int)
    return pd.concat([f, dummies], axis=1)


features = make_features(df).fillna(0)
labels = df["is_fraud"].values

# ---------------------------------------------------------------- balance + split
sm = SMOTE(sampling_strategy=0.5, k_neighbors=5, random_state=SEED)
features_bal, labels_bal = sm.fit_resample(features, labels)
print("after smote:", np.bincount(labels_bal))

X_train, X_valid, y_train, y_valid = train_test_split(
    features_bal, labels_bal, test_size=0.2, stratify=labels_bal, random_state=SEED)

# ---------------------------------------------------------------- model
rf = RandomForestClassifier(n_estimators=500, max_features="sqrt", min_samples_leaf=3,
                            n_jobs=-1, random_state=SEED)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_valid)[:, 1]
pred = (proba >= 0.5).astype(int)

print("ROC AUC  : %.4f" % roc_auc_score(y_valid, proba))
print("PR AUC   : %.4f" % average_precision_score(y_valid, proba))
print("F1       : %.4f" % f1_score(y_valid, pred))
print(confusion_matrix(y_valid, pred))

top = pd.Series(rf.feature_importances_, index=features.columns).nlargest(10)
print(top)

# ---------------------------------------------------------------- submission
rf.fit(features_bal, labels_bal)
test_X = make_features(test).reindex(columns=features.columns, fill_value=0).fillna(0)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": rf.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
