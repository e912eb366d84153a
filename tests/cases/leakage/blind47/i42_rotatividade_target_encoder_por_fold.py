"""
Desafio de rotatividade de funcionários (attrition)
Autor: Pedro Henrique Lima

Roda com: python rotatividade.py  (train.csv e test.csv na mesma pasta)
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder, TargetEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier

SEMENTE = 31
ALVO = "attrition"
POS_SAIDA = ["exit_interview_score", "severance_paid"]  # só existem depois da saída
NUMERICAS = ["age", "job_level", "monthly_income", "years_at_company", "satisfaction_score",
             "years_since_promotion", "distance_from_home", "training_hours", "performance_rating"]


def ler_dados():
    funcionarios = pd.read_csv("train.csv")
    funcionarios_envio = pd.read_csv("test.csv")
    return funcionarios, funcionarios_envio


def criar_atributos(df):
    d = df.copy()
    d["hora_extra"] = (d["overtime"] == "Yes").astype(int)
    d["renda_por_nivel"] = d["monthly_income"] / d["job_level"].clip(lower=1)
    d["anos_sem_promocao_pct"] = d["years_since_promotion"] / (d["years_at_company"] + 1)
    d["insatisfeito"] = (d["satisfaction_score"] <= 2).astype(int)
    d[NUMERICAS] = d[NUMERICAS].fillna(0)
    return d


def montar_modelo(clf, numericas):
    # taxa de saída por departamento via TargetEncoder, reajustado em cada fold
    prep = ColumnTransformer([
        ("num", StandardScaler(), numericas),
        ("cat", OneHotEncoder(handle_unknown="ignore"), ["department"]),
        ("taxa_depto", TargetEncoder(target_type="binary", smooth=10.0, random_state=SEMENTE), ["department"]),
    ])
    return Pipeline([("prep", prep), ("clf", clf)])


def main():
    funcionarios, funcionarios_envio = ler_dados()
    print(funcionarios.shape, "taxa de saída:", round(funcionarios[ALVO].mean(), 3))
    print(funcionarios.groupby("department")[ALVO].mean().round(3))

    funcionarios = criar_atributos(funcionarios)
    funcionarios_envio = criar_atributos(funcionarios_envio)

    numericas = NUMERICAS + ["hora_extra", "renda_por_nivel", "anos_sem_promocao_pct", "insatisfeito"]
    colunas = numericas + ["department"]
    X, y = funcionarios[colunas], funcionarios[ALVO]

    modelos = {
        "dummy": montar_modelo(DummyClassifier(strategy="prior"), numericas),
        "logistica": montar_modelo(LogisticRegression(C=0.5, max_iter=3000), numericas),
    }
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEMENTE)
    for nome, modelo in modelos.items():
        res = cross_validate(modelo, X, y, cv=folds, scoring=["roc_auc", "average_precision", "f1"])
        print(f"{nome:<10} AUC={res['test_roc_auc'].mean():.4f}  AP={res['test_average_precision'].mean():.4f}"
              f"  F1={res['test_f1'].mean():.4f}")

    final = modelos["logistica"].fit(X, y)
    coefs = pd.Series(final.named_steps["clf"].coef_[0],
                      index=final.named_steps["prep"].get_feature_names_out())
    print(coefs.sort_values().round(3))

    envio = pd.DataFrame({"employee_id": funcionarios_envio["employee_id"],
                          "prediction": final.predict_proba(funcionarios_envio[colunas])[:, 1]})
    envio.to_csv("predictions.csv", index=False)
    print("arquivo de previsões salvo:", envio.shape)


if __name__ == "__main__":
    main()
