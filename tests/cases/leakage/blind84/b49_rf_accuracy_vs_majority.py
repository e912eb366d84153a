"""IBD vs control: random forest on CLR genus abundances, time-ordered validation.

Compares the model's accuracy with always predicting the majority (control) class.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

LEAKY = ["calprotectin_followup", "biologic_therapy"]


def clr(counts: pd.DataFrame, pseudo: float = 0.5) -> pd.DataFrame:
    logc = np.log(counts + pseudo)
    return logc.sub(logc.mean(axis=1), axis=0)


def make_X(frame: pd.DataFrame, taxa: list) -> pd.DataFrame:
    X = clr(frame[taxa])
    X["age"] = frame["age"].to_numpy()
    X["antibiotics_6mo"] = frame["antibiotics_6mo"].astype(int).to_numpy()
    return X


def main():
    df = pd.read_csv("train.csv", parse_dates=["collection_date"]).drop(columns=LEAKY)
    test = pd.read_csv("test.csv", parse_dates=["collection_date"])
    taxa = [c for c in df.columns if c.startswith("g__")]
    df = df.sort_values("collection_date").reset_index(drop=True)

    cut = int(0.75 * len(df))
    tr, va = df.iloc[:cut], df.iloc[cut:]
    print("train", tr["collection_date"].min().date(), "->", tr["collection_date"].max().date())
    print("valid", va["collection_date"].min().date(), "->", va["collection_date"].max().date())

    rf = RandomForestClassifier(n_estimators=1000, max_features="sqrt", min_samples_leaf=2,
                                n_jobs=-1, random_state=9)
    rf.fit(make_X(tr, taxa), tr["ibd"])
    acc = accuracy_score(va["ibd"], rf.predict(make_X(va, taxa)))

    majority = int(tr["ibd"].mean() >= 0.5)
    acc_majority = accuracy_score(va["ibd"], np.full(len(va), majority))

    print(f"random forest accuracy:     {acc:.3f}")
    print(f"majority-class baseline:    {acc_majority:.3f}")
    print(f"improvement over baseline:  {acc - acc_majority:+.3f}")

    rf.fit(make_X(df, taxa), df["ibd"])
    pd.DataFrame({"sample_id": test["sample_id"],
                  "prediction": rf.predict_proba(make_X(test, taxa))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
