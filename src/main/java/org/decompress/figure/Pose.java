package org.decompress.figure;

import java.util.List;

/**
 * A body posed by joint angles, in degrees in the drawing's frame (0 points right, 90 down, -90
 * up): where the hip is, which way the pelvis and lower back ({@code back}; the trunk's way when
 * not given, a straight back) and the chest ({@code trunk}) and the head point, the near arm (upper
 * arm, forearm) and near leg (thigh, shin, foot), and the far arm and leg (drawn behind, lighter;
 * the near ones when not given). A back that differs from the trunk is a rounded or arched back.
 * {@code kneesAside}: how far, in degrees, bent knees fall to one side of a body lying on its back
 * (0 when not given); seen from the side the legs then look lower and the far leg shows above the near one.
 */
public record Pose(List<Double> hip, Double back, double trunk, double head, List<Double> arm, List<Double> arm2,
        List<Double> leg, List<Double> leg2, Double kneesAside) {

    public Pose {
        back = back == null ? trunk : back;
        kneesAside = kneesAside == null ? 0.0 : kneesAside;
        arm2 = arm2 == null ? arm : arm2;
        leg2 = leg2 == null ? leg : leg2;
    }

    /** The pose a fraction {@code t} of the way to {@code other}: every angle turns, the hip slides. */
    Pose towards(Pose other, double t) {
        return new Pose(List.of(mix(hip.get(0), other.hip.get(0), t), mix(hip.get(1), other.hip.get(1), t)),
                turn(back, other.back, t), turn(trunk, other.trunk, t), turn(head, other.head, t),
                turns(arm, other.arm, t), turns(arm2, other.arm2, t), turns(leg, other.leg, t), turns(leg2, other.leg2, t),
                mix(kneesAside, other.kneesAside, t));
    }

    private static double mix(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** The shorter way round. */
    private static double turn(double a, double b, double t) {
        double d = ((b - a) % 360 + 540) % 360 - 180;
        return a + d * t;
    }

    private static List<Double> turns(List<Double> a, List<Double> b, double t) {
        return java.util.stream.IntStream.range(0, a.size()).mapToObj(i -> turn(a.get(i), b.get(i), t)).toList();
    }
}
