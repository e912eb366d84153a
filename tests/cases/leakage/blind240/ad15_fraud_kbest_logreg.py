import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 3

df = pd.read_csv("train.csv")
print(df.shape)
print(df["is_fraud"].mean())

# --- features -------------------------------------------------------------
# chargeback_flag only exists after a dispute -> not usable
# one-hot everything categorical, lots of columns, so I pick the top ones by mutual information
df["log_amount"] = np.log1p(df["amount"])
df["is_night"] = (df["hour"] < 6).astype(int)
df["foreign"] = (df["country"] != "US").astype(int)

cats = ["merchant_category", "country", "device_type"]
X = pd.get_dummies(df.drop(columns=["transaction_id", "card_id", "timestamp", "amount",
                                    "chargeback_flag", "is_fraud"]),
                   columns=cats, dtype=float)
y = df["is_fraud"].values
X = X.fillna(0)
print("one-hot columns:", X.shape[1])

selector = SelectKBest(mutual_info_classif, k=25)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print("kept:", list(kept))

# --- cross-validation ------------------------------------------------------
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)

dummy_ap = cross_val_score(DummyClassifier(strategy="prior"), X_sel, y, cv=cv, scoring="average_precision")
print("dummy AP: %.4f" % dummy_ap.mean())

model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000))
ap = cross_val_score(model, X_sel, y, cv=cv, scoring="average_precision")
auc = cross_val_score(model, X_sel, y, cv=cv, scoring="roc_auc")
print("logreg AP:  %.4f +/- %.4f" % (ap.mean(), ap.std()))
print("logreg AUC: %.4f +/- %.4f" % (auc.mean(), auc.std()))

# --- fit on everything and predict -----------------------------------------
model.fit(X_sel, y)
test = pd.read_csv("test.csv")
test["log_amount"] = np.log1p(test["amount"])
test["is_night"] = (test["hour"] < 6).astype(int)
test["foreign"] = (test["country"] != "US").astype(int)
Xt = pd.get_dummies(test.drop(columns=["transaction_id", "card_id", "timestamp", "amount"]),
                    columns=cats, dtype=float).reindex(columns=X.columns, fill_value=0).fillna(0)
preds = model.predict_proba(selector.transform(Xt))[:, 1]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
print("done")
