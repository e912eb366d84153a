import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

print(df.info())
print(df["is_fraud"].value_counts())

# Only 3% fraud -> upsample the fraud class so the model sees enough of it
legit = df[df["is_fraud"] == 0]
fraud = df[df["is_fraud"] == 1]
fraud_up = resample(fraud, replace=True, n_samples=len(legit) // 3, random_state=123)
balanced = pd.concat([legit, fraud_up]).sample(frac=1, random_state=123).reset_index(drop=True)
print(balanced["is_fraud"].value_counts(normalize=True))

numeric = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days"]
binary = ["card_present", "country_mismatch"]
categorical = ["merchant_category"]
# chargeback_flag left out: it is only filled in after a dispute

X = balanced[numeric + binary + categorical]
y = balanced["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=123, stratify=y)

pre = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("bin", "passthrough", binary),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])
pipe = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=1000, C=1.0))])
pipe.fit(X_train, y_train)

proba = pipe.predict_proba(X_test)[:, 1]
pred = pipe.predict(X_test)
print(classification_report(y_test, pred, digits=3))
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("PR AUC :", round(average_precision_score(y_test, proba), 4))

coef = pd.Series(pipe.named_steps["lr"].coef_[0],
                 index=pipe.named_steps["pre"].get_feature_names_out()).sort_values()
print(coef)

# final model on the balanced data
pipe.fit(X, y)
test_df["prediction"] = pipe.predict_proba(test_df[numeric + binary + categorical])[:, 1]
test_df[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
