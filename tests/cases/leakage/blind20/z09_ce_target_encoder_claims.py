import category_encoders as ce
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 2024
DATA = "data/motor_claims/policies.csv"

CATEGORICAL = [
    "region_code",
    "vehicle_make",
    "vehicle_model",
    "fuel_type",
    "occupation",
    "payment_channel",
]
NUMERIC = [
    "driver_age",
    "licence_years",
    "vehicle_age",
    "engine_cc",
    "annual_mileage",
    "premium",
    "no_claims_years",
]
TARGET = "claim_filed"


def load(path):
    df = pd.read_csv(path)
    df = df.dropna(subset=[TARGET])
    df[CATEGORICAL] = df[CATEGORICAL].astype(str).replace("nan", "UNKNOWN")
    df["mileage_per_year_of_licence"] = df["annual_mileage"] / (df["licence_years"] + 1)
    df["log_premium"] = np.log1p(df["premium"])
    return df


df = load(DATA)
print(df.shape, "claim rate:", round(df[TARGET].mean(), 4))
print(df[CATEGORICAL].nunique())

features = CATEGORICAL + NUMERIC + ["mileage_per_year_of_licence", "log_premium"]
X = df[features]
y = df[TARGET].astype(int)

encoder = ce.TargetEncoder(cols=CATEGORICAL, smoothing=20, min_samples_leaf=50)
X_encoded = encoder.fit_transform(X, y)

X_train, X_test, y_train, y_test = train_test_split(
    X_encoded, y, test_size=0.2, stratify=y, random_state=SEED
)

model = HistGradientBoostingClassifier(
    learning_rate=0.05,
    max_iter=500,
    max_leaf_nodes=31,
    l2_regularization=1.0,
    random_state=SEED,
)
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
base_proba = baseline.predict_proba(X_test)[:, 1]

print(f"ROC AUC   model={roc_auc_score(y_test, proba):.4f}")
print(f"PR AUC    model={average_precision_score(y_test, proba):.4f}  prior={average_precision_score(y_test, base_proba):.4f}")
print(f"log loss  model={log_loss(y_test, proba):.4f}  prior={log_loss(y_test, base_proba):.4f}")
