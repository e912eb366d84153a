# Card fraud - logistic regression + random forest, holdout evaluation
import pandas as pd
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, RocCurveDisplay, PrecisionRecallDisplay

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
print(df.shape)
print(df.isna().sum())
print(df.is_fraud.value_counts(normalize=True))

# numeric columns - everything measured on the transaction / card
numeric_cols = ["amount", "hour", "card_age_days", "tx_count_24h", "chargeback_flag"]
categorical_cols = ["merchant_category", "country", "device_type"]

print(df[numeric_cols].describe())
print(df[numeric_cols + ["is_fraud"]].corr()["is_fraud"])

X = df[numeric_cols + categorical_cols]
y = df["is_fraud"]
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)

preprocess = ColumnTransformer(
    [
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric_cols),
        ("cat", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                          ("onehot", OneHotEncoder(handle_unknown="ignore"))]), categorical_cols),
    ]
)

classifiers = {
    "Dummy (stratified)": DummyClassifier(strategy="stratified", random_state=0),
    "Logistic regression": LogisticRegression(max_iter=3000, class_weight="balanced"),
    "Random forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=2, class_weight="balanced",
                                            n_jobs=-1, random_state=0),
}

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 5))
fitted = {}
for label, clf in classifiers.items():
    pipe = Pipeline([("prep", preprocess), ("model", clf)])
    pipe.fit(X_train, y_train)
    proba = pipe.predict_proba(X_val)[:, 1]
    fitted[label] = pipe
    print(f"{label:22s} ROC-AUC {roc_auc_score(y_val, proba):.4f}   PR-AUC {average_precision_score(y_val, proba):.4f}")
    RocCurveDisplay.from_predictions(y_val, proba, name=label, ax=ax1)
    PrecisionRecallDisplay.from_predictions(y_val, proba, name=label, ax=ax2)
ax1.set_title("ROC (validation)")
ax2.set_title("Precision-recall (validation)")
fig.savefig("curves.png", dpi=120)

# coefficients of the logistic model
lr_pipe = fitted["Logistic regression"]
names = lr_pipe.named_steps["prep"].get_feature_names_out()
coefs = pd.Series(lr_pipe.named_steps["model"].coef_[0], index=names).sort_values()
print(coefs.tail(10))
print(coefs.head(10))

# try a second RF with more trees / deeper leaves
rf2 = Pipeline([("prep", preprocess), ("model", RandomForestClassifier(n_estimators=800, min_samples_leaf=5,
                                                                         class_weight="balanced_subsample",
                                                                         n_jobs=-1, random_state=1))])
rf2.fit(X_train, y_train)
p2 = rf2.predict_proba(X_val)[:, 1]
print(f"{'RF 800/leaf5':22s} ROC-AUC {roc_auc_score(y_val, p2):.4f}   PR-AUC {average_precision_score(y_val, p2):.4f}")

# submission with the random forest, refit on all rows
final = fitted["Random forest"]
final.fit(X, y)
pd.DataFrame({"transaction_id": test_df["transaction_id"],
              "prediction": final.predict_proba(test_df[numeric_cols + categorical_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("done")
