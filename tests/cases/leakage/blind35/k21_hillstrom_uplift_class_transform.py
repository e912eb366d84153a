# Uplift modelling on the Hillstrom e-mail campaign (MineThatData, 64k customers)
# class-transformation approach (Jaskowski & Jaroszewicz 2012):
#   z = 1 if (treated and visited) or (control and not visited)
#   uplift(x) = 2 * P(z=1 | x) - 1      (valid with 50/50 treatment assignment)
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

df = pd.read_csv("Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv")
print(df.shape)
print(df.head())

# women's mail vs no mail only
df = df[df["segment"].isin(["Womens E-Mail", "No E-Mail"])].copy()
df["treatment"] = (df["segment"] == "Womens E-Mail").astype(int)
print(df["treatment"].mean())

# average treatment effect on visits
ate = df.groupby("treatment")["visit"].mean()
print("visit rate by arm:\n", ate)
print("ATE:", ate[1] - ate[0])

# effect by history segment and channel
print(df.pivot_table(index="history_segment", columns="treatment", values="visit", aggfunc="mean"))
print(df.pivot_table(index="channel", columns="treatment", values="visit", aggfunc="mean"))

df["z"] = ((df["treatment"] == 1) & (df["visit"] == 1) | (df["treatment"] == 0) & (df["visit"] == 0)).astype(int)

df = pd.get_dummies(df, columns=["zip_code", "channel"], dtype=int)
df["history_log"] = np.log1p(df["history"])
df = df.drop(columns=["history_segment"])

features = [c for c in df.columns if c not in ("visit", "conversion", "spend", "segment", "treatment")]
print("features:", features)

train, test = train_test_split(df, test_size=0.3, random_state=17, stratify=df["treatment"].astype(str) + df["visit"].astype(str))

gb = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=17)
gb.fit(train[features], train["z"])

test = test.copy()
test["uplift"] = 2 * gb.predict_proba(test[features])[:, 1] - 1


def uplift_by_decile(frame, score="uplift", outcome="visit", treat="treatment", n=10):
    frame = frame.copy()
    frame["decile"] = pd.qcut(frame[score].rank(method="first", ascending=False), n, labels=False) + 1
    rows = []
    for d, part in frame.groupby("decile"):
        t = part[part[treat] == 1][outcome].mean()
        c = part[part[treat] == 0][outcome].mean()
        rows.append({"decile": d, "n": len(part), "treated_rate": t, "control_rate": c, "uplift": t - c})
    return pd.DataFrame(rows).set_index("decile")


table = uplift_by_decile(test)
print(table.round(4))


def cumulative_gain(frame, score="uplift", outcome="visit", treat="treatment"):
    frame = frame.sort_values(score, ascending=False).reset_index(drop=True)
    nt = (frame[treat] == 1).cumsum()
    nc = (frame[treat] == 0).cumsum()
    yt = (frame[outcome] * frame[treat]).cumsum()
    yc = (frame[outcome] * (1 - frame[treat])).cumsum()
    gain = (yt / nt.replace(0, np.nan) - yc / nc.replace(0, np.nan)) * (nt + nc)
    return gain.fillna(0)


gain = cumulative_gain(test)
auuc = gain.sum() / len(gain) / len(gain)
print("normalised AUUC:", round(auuc, 5))

table["uplift"].plot.bar(title="observed uplift by predicted-uplift decile (test)")
plt.axhline(0, color="k", lw=0.6)
plt.tight_layout()
plt.savefig("uplift_deciles.png")
