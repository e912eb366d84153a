"""Machine failure classifier for the maintenance dataset.

Steps: impute + scale sensors, keep the most informative sensors (ANOVA F),
fit gradient boosting, report holdout accuracy.
"""
import logging

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("maint")

SETTINGS = {"k": 10, "test_size": 0.3, "seed": 12,
            "gb": {"n_estimators": 300, "max_depth": 3, "learning_rate": 0.05}}


def load(path="machine_data.csv"):
    df = pd.read_csv(path)
    sensor_cols = [c for c in df.columns if c.startswith("sensor_")]
    df["machine_type"] = df["machine_type"].map({"L": 0, "M": 1, "H": 2})
    return df, sensor_cols + ["machine_type", "rotational_speed_rpm", "torque_nm", "tool_wear_min"]


def preprocess(X: pd.DataFrame) -> pd.DataFrame:
    imp = SimpleImputer(strategy="mean")
    sc = StandardScaler()
    arr = sc.fit_transform(imp.fit_transform(X))
    return pd.DataFrame(arr, columns=X.columns, index=X.index)


def main():
    df, cols = load()
    y = df["failure"]
    log.info("%d rows, failure share %.3f", len(df), y.mean())

    X = preprocess(df[cols])
    selector = SelectKBest(f_classif, k=SETTINGS["k"]).fit(X, y)
    chosen = X.columns[selector.get_support()].tolist()
    log.info("selected: %s", chosen)

    X_tr, X_te, y_tr, y_te = train_test_split(X[chosen], y, test_size=SETTINGS["test_size"],
                                              stratify=y, random_state=SETTINGS["seed"])
    clf = GradientBoostingClassifier(random_state=SETTINGS["seed"], **SETTINGS["gb"]).fit(X_tr, y_tr)
    log.info("train accuracy %.4f", accuracy_score(y_tr, clf.predict(X_tr)))
    log.info("test accuracy  %.4f", accuracy_score(y_te, clf.predict(X_te)))


if __name__ == "__main__":
    main()
